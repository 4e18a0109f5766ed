/**
 * "Rebuild records from the signed documents", through the renderer's action and main's real
 * handlers: two people's appraisals are sealed (one amended, so v1 is replaced by v2), the
 * database is lost, and the rebuild brings back the same records list, dashboard and person's
 * pages, with each person as named at signing and each version with its status.
 */
// Before anything loads Dexie, which finds IndexedDB when it loads.
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { amendAppraisal } from '../../../../renderer/actions/amendAppraisal';
import { markLeaver } from '../../../../renderer/actions/markLeaver';
import { rebuildFromVault } from '../../../../renderer/actions/rebuildFromVault';
import { saveRetentionPeriod } from '../../../../renderer/actions/saveRetentionPeriod';
import { sealCountersigned } from '../../../../renderer/actions/sealAppraisal';
import { toAppraisalRecord } from '../../../../renderer/db/appraisalRecord';
import { listAppraisalsForStaff, profileHistory } from '../../../../renderer/db/appraisalQueries';
import { loadDashboard } from '../../../../renderer/db/complianceQueries';
import { AppDatabase } from '../../../../renderer/db/database';
import { getFrameworkRecord } from '../../../../renderer/db/frameworkRepository';
import { listRecords } from '../../../../renderer/db/recordsQueries';
import { loadTeamInsights } from '../../../../renderer/db/teamProfileQueries';
import { getSettings } from '../../../../renderer/db/settingsRepository';
import { countersign, signAsAppraisee } from '../../../../renderer/db/signingRepository';
import { updateStaff } from '../../../../renderer/db/staffRepository';
import { getStaff } from '../../../../renderer/db/staffQueries';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { complianceRowFor } from '../../../../shared/compliance/complianceStatus';
import { builtInFramework } from '../../../../shared/framework/builtin/builtInFramework';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import { staffFormFromMember } from '../../../../shared/staff/staffMember';
import { completeAppraisal } from '../../../fixtures/completeAppraisal';
import type { HandlerSetup } from '../../../fixtures/handlerDeps';
import { auditEvents, filesOf, vaultPath } from '../../handlers/dataFolderState';
import { disposeDatabase, freshDatabase } from '../freshDatabase';
import { typedSignature } from '../signingFixtures';
import { connectToMain, homeSettingsIn, personIn } from './rendererWithMain';

const asOf = '2026-04-20';

/** The home's own framework version, pinned by Ștefan's appraisal. */
const homeFramework: Framework = {
  ...builtInFramework,
  frameworkId: 'willow-bank',
  version: 2,
  name: 'Willow Bank framework',
  origin: 'home',
  basedOn: { frameworkId: builtInFramework.frameworkId, version: builtInFramework.version },
  createdAt: '2025-11-01T09:00:00.000Z',
};

let db: AppDatabase;
let main: HandlerSetup;
beforeEach(async () => {
  db = freshDatabase();
  main = connectToMain({ now: '2026-04-20T09:00:00.000Z' });
  await homeSettingsIn(db);
});
afterEach(() => disposeDatabase(db));

async function signAndSeal(id: string, staffName: string, signedAt: string): Promise<Appraisal> {
  await signAsAppraisee(db, id, { ...typedSignature('appraisee', staffName), signedAt });
  const countersigned = await countersign(db, id, {
    ...typedSignature('appraiser', 'Łucja Wąsowska'),
    signedAt,
  });
  const outcome = await sealCountersigned(db, countersigned);
  if (!outcome.sealed) throw new Error(outcome.message);
  return outcome.appraisal;
}

/** Hoa's appraisal sealed, then amended (v2 replaces v1); Ștefan's sealed on the home's framework. */
async function sealTwoPeople(): Promise<{ hoa: string; stefan: string; v1: string; v2: string }> {
  const hoa = await personIn(db);
  const stefan = await personIn(db, {
    fullName: 'Ștefan Țurcanu',
    role: 'Deputy manager',
    team: 'Days',
    startDate: '2015-09-01',
  });
  const v1 = completeAppraisal({ id: 'appraisal-hoa', staffId: hoa });
  await db.appraisals.add(toAppraisalRecord(v1));
  const signedV1 = await signAndSeal(v1.id, 'Nguyễn Thị Hoa', '2026-03-12T14:00:00.000Z');
  const { amendment } = await amendAppraisal(db, signedV1, 'The summary named the wrong shift.');
  await db.appraisals.update(amendment.id, {
    summary: { overall: 'A reliable senior carer, ready to lead the night shift.' },
  });
  await signAndSeal(amendment.id, 'Nguyễn Thị Hoa', '2026-03-19T10:00:00.000Z');

  await db.frameworks.add({
    id: 'willow-bank@2',
    frameworkId: homeFramework.frameworkId,
    version: homeFramework.version,
    status: 'published',
    framework: homeFramework,
    createdAt: homeFramework.createdAt,
    publishedAt: '2025-11-02T09:00:00.000Z',
  });
  const forStefan = completeAppraisal(
    {
      id: 'appraisal-stefan',
      staffId: stefan,
      header: {
        ...v1.header,
        staffName: 'Ștefan Țurcanu',
        roleAtTime: 'Deputy manager',
        teamAtTime: 'Days',
        periodStart: '2025-02-20',
        periodEnd: '2026-02-20',
        meetingDate: '2026-02-20',
      },
      nextDueDate: '2027-02-20',
    },
    homeFramework,
  );
  await db.appraisals.add(toAppraisalRecord(forStefan));
  await signAndSeal(forStefan.id, 'Ștefan Țurcanu', '2026-02-20T15:00:00.000Z');
  return { hoa, stefan, v1: v1.id, v2: amendment.id };
}

/** What the records list, the dashboard and each person's page show (start dates apart). */
async function whatTheScreensShow(staffIds: readonly string[]) {
  const settings = await getSettings(db);
  const records = (await listRecords(db, { includeDrafts: false })).sort((a, b) =>
    a.appraisalId.localeCompare(b.appraisalId),
  );
  const dashboard = await loadDashboard(db, asOf);
  const insights = await loadTeamInsights(db, asOf);
  const people = [];
  for (const staffId of staffIds) {
    const member = await getStaff(db, staffId);
    if (member === undefined) throw new Error(`${staffId} is not on the register`);
    const appraisals = await listAppraisalsForStaff(db, staffId);
    const compliance = complianceRowFor(member, appraisals, settings?.appraisalIntervalMonths ?? 12, asOf);
    people.push({
      member: {
        fullName: member.fullName,
        role: member.role,
        team: member.team,
        leavingDate: member.leavingDate,
      },
      // Where the editor was is not part of a signed record.
      appraisals: appraisals.map((appraisal) => ({ ...appraisal, currentStep: 'not compared' })),
      history: await profileHistory(db, staffId),
      compliance: compliance === null ? null : { ...compliance, startDate: 'not compared' },
    });
  }
  const rows = dashboard.summary.rows.map((row) => ({ ...row, startDate: 'not compared' }));
  return { records, dashboard: { ...dashboard, summary: { ...dashboard.summary, rows } }, insights, people };
}

/** The database is lost: deleted, and an empty one opened in its place. */
async function loseTheDatabase(): Promise<void> {
  const name = db.name;
  await disposeDatabase(db);
  db = new AppDatabase(name);
}

describe('rebuilding from the signed documents after the database is lost', () => {
  it('brings back the records list, the dashboard and each person’s page as they were', async () => {
    const { hoa, stefan, v1, v2 } = await sealTwoPeople();
    await markLeaver(db, stefan, '2026-06-30');
    await saveRetentionPeriod(db, '8');
    const before = await whatTheScreensShow([hoa, stefan]);

    await loseTheDatabase();
    const progress: number[] = [];
    const outcome = await rebuildFromVault(db, { onProgress: (done) => progress.push(done) });

    expect(outcome).toMatchObject({ documents: 3, people: 2, signed: 2, replaced: 1 });
    expect(progress.at(-1)).toBe(3);
    expect(await whatTheScreensShow([hoa, stefan])).toEqual(before);
    expect((await db.appraisals.get(v1))?.status).toBe('superseded');
    expect((await db.appraisals.get(v1))?.supersededById).toBe(v2);
    expect((await db.appraisals.get(v2))?.status).toBe('signed');
    expect(await getFrameworkRecord(db, homeFramework)).toMatchObject({
      status: 'published',
      framework: homeFramework,
    });
    // Leaving dates and the retention period are main's facts, mirrored back.
    expect((await getStaff(db, stefan))?.leavingDate).toBe('2026-06-30');
    expect((await getSettings(db))?.retentionYearsAfterLeaving).toBe(8);
  });

  it('says what came back as a default, and logs the rebuild by ids', async () => {
    const { hoa } = await sealTwoPeople();
    await loseTheDatabase();
    const outcome = await rebuildFromVault(db);

    // The start date no document holds: the start of their earliest appraisal period.
    expect((await getStaff(db, hoa))?.startDate).toBe('2025-03-10');
    expect(await getSettings(db)).toMatchObject({
      homeName: 'Willow Bank Care Home',
      address: '14 Orchard Lane, Kendal',
      cqcLocationId: '1-123456789',
      registeredManager: 'Łucja Wąsowska',
      logo: null,
      appraisalIntervalMonths: 12,
    });
    expect(outcome.toCheck).toEqual([
      expect.stringMatching(/^Start dates, preferred names and line managers are not kept/),
      expect.stringMatching(/The logo is not kept in the vault/),
    ]);
    const rebuild = auditEvents(main.dataFolder).filter((event) => event.action === 'rebuild');
    expect(rebuild).toMatchObject([
      { actor: 'registered-manager', detail: 'Records rebuilt from 3 signed documents in the vault.' },
    ]);
    expect(JSON.stringify(rebuild)).not.toMatch(/Hoa|Ștefan|Łucja/);
  });

  it('brings each person back as named at signing on their newest document', async () => {
    const { stefan } = await sealTwoPeople();
    const member = await getStaff(db, stefan);
    if (member === undefined) throw new Error('Ștefan is not on the register');
    await updateStaff(db, stefan, { ...staffFormFromMember(member), fullName: 'Stefan Turcanu-Popa' });
    await loseTheDatabase();
    await rebuildFromVault(db);
    expect(await getStaff(db, stefan)).toMatchObject({
      fullName: 'Ștefan Țurcanu',
      role: 'Deputy manager',
      team: 'Days',
      preferredName: '',
      lineManagerId: null,
    });
  });

  it('leaves out a document altered in the vault and says so; the rest come back', async () => {
    const { stefan } = await sealTwoPeople();
    const [json = ''] = filesOf(main.dataFolder, 'appraisal-stefan-v1').filter(
      (name) => name.endsWith('.json') && !name.endsWith('.seal.json'),
    );
    const path = vaultPath(main.dataFolder, json);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Deputy manager', 'Registered manager'));
    await loseTheDatabase();
    const outcome = await rebuildFromVault(db);
    expect(outcome).toMatchObject({ documents: 2, people: 1, signed: 1, replaced: 1 });
    expect(outcome.leftOut[0]).toBe(
      'Document appraisal-stefan-v1 was changed after it was sealed: its fingerprint no longer matches.',
    );
    expect(await getStaff(db, stefan)).toBeUndefined();
  });

  it('refuses to write over records already here, and changes nothing', async () => {
    await sealTwoPeople();
    const staffBefore = await db.staff.toArray();
    await expect(rebuildFromVault(db)).rejects.toThrow(/already holds records, so nothing was rebuilt/);
    expect(await db.staff.toArray()).toEqual(staffBefore);
    expect(auditEvents(main.dataFolder).some((event) => event.action === 'rebuild')).toBe(false);
  });
});
