// First, so Dexie finds the fake IndexedDB when it loads (this file also constructs AppDatabase).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toAppraisalRecord } from '../../../renderer/db/appraisalRecord';
import {
  discardDraft,
  getAppraisal,
  lastSignedAppraisal,
  listAppraisalsForStaff,
  listDrafts,
  profileHistory,
  saveDraft,
  startAppraisal,
} from '../../../renderer/db/appraisalRepository';
import { AppDatabase } from '../../../renderer/db/database';
import { InvalidInputError, RefusedChangeError } from '../../../renderer/db/repositoryErrors';
import { addStaff, markLeaver } from '../../../renderer/db/staffRepository';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { builtInFramework } from '../../../shared/framework/builtin/builtInFramework';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import { emptyStaffForm } from '../../../shared/staff/staffMember';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { makeFramework } from '../framework/frameworkFixture';
import { disposeDatabase, freshDatabase } from './freshDatabase';

let db: AppDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => disposeDatabase(db));

const now = new Date(2026, 2, 12, 10, 30);
const manager = { appraiserName: 'Łucja Wąsowska', appraiserRole: 'Registered manager' };

async function addPerson(fullName = 'Nguyễn Thị Hoa'): Promise<string> {
  const result = await addStaff(db, {
    ...emptyStaffForm,
    fullName,
    role: 'Senior carer',
    startDate: '2021-06-01',
  });
  if (result.status !== 'saved') throw new Error('expected the member of staff to be saved');
  return result.member.id;
}

async function start(staffId: string): Promise<Appraisal> {
  return (await startAppraisal(db, { staffId, ...manager, now })).appraisal;
}

async function seed(appraisal: Appraisal): Promise<Appraisal> {
  await db.appraisals.add(toAppraisalRecord(appraisal));
  return appraisal;
}

async function publish(framework: Framework, publishedAt: string): Promise<void> {
  await db.frameworks.add({
    id: `${framework.frameworkId}@${framework.version}`,
    frameworkId: framework.frameworkId,
    version: framework.version,
    status: 'published',
    framework,
    createdAt: publishedAt,
    publishedAt,
  });
}

/** Exactly 10,000 code points of mixed scripts, emoji (with joiners) and right-to-left text. */
function longEvidence(): string {
  const pattern = Array.from(
    'Nguyễn Thị Hoa 👩🏽‍⚕️ helped Łucja; مرحبا بكم; Ștefan Țurcanu; "quoted" <b>not html</b>\n',
  );
  return Array.from({ length: 10_000 }, (_, i) => pattern[i % pattern.length]).join('');
}

describe('starting an appraisal', () => {
  it('creates a draft pinned to the built-in framework when the home has none', async () => {
    const staffId = await addPerson();
    const result = await startAppraisal(db, { staffId, ...manager, now });
    expect(result.outcome).toBe('created');
    expect(result.appraisal).toMatchObject({
      staffId,
      status: 'draft',
      framework: { frameworkId: builtInFramework.frameworkId, version: builtInFramework.version },
      header: {
        staffName: 'Nguyễn Thị Hoa',
        roleAtTime: 'Senior carer',
        ...manager,
        meetingDate: '2026-03-12',
      },
      nextDueDate: '2027-03-12',
    });
    expect(await getAppraisal(db, result.appraisal.id)).toEqual(result.appraisal);
  });

  it("pins the home's latest published framework version and uses the home's interval", async () => {
    await publish({ ...makeFramework(), frameworkId: 'our-home', version: 1 }, '2026-01-01T09:00:00.000Z');
    await publish({ ...makeFramework(), frameworkId: 'our-home', version: 2 }, '2026-02-01T09:00:00.000Z');
    await db.settings.put({
      key: 'home',
      homeName: 'Rose Court',
      address: '',
      registeredManager: 'Łucja Wąsowska',
      cqcLocationId: '',
      logo: null,
      appraisalIntervalMonths: 6,
      retentionYearsAfterLeaving: 6,
      updatedAt: '2026-01-01T09:00:00.000Z',
    });
    const appraisal = await start(await addPerson());
    expect(appraisal.framework).toEqual({ frameworkId: 'our-home', version: 2 });
    expect(appraisal.nextDueDate).toBe('2026-09-12');
  });

  it('returns the existing draft instead of starting a second one for the same person', async () => {
    const staffId = await addPerson();
    const first = await start(staffId);
    const second = await startAppraisal(db, {
      staffId,
      appraiserName: 'Someone else',
      appraiserRole: 'Deputy',
      now,
    });
    expect(second).toEqual({ outcome: 'existing-draft', appraisal: first });
    expect(await db.appraisals.count()).toBe(1);
  });

  it('allows one draft each for different people', async () => {
    await start(await addPerson('Nguyễn Thị Hoa'));
    await start(await addPerson('María José Núñez'));
    expect(await db.appraisals.count()).toBe(2);
  });

  it('refuses someone who has left, and writes nothing', async () => {
    const staffId = await addPerson('Ștefan Țurcanu');
    await markLeaver(db, staffId, '2026-01-31');
    const attempt = startAppraisal(db, { staffId, ...manager, now });
    await expect(attempt).rejects.toBeInstanceOf(RefusedChangeError);
    await expect(attempt).rejects.toThrow(
      'Ștefan Țurcanu left on 31/01/2026, so a new appraisal cannot be started. Their earlier records are kept.',
    );
    expect(await db.appraisals.count()).toBe(0);
  });

  it('allows someone working their notice', async () => {
    const staffId = await addPerson();
    await markLeaver(db, staffId, '2026-04-30');
    expect((await startAppraisal(db, { staffId, ...manager, now })).outcome).toBe('created');
  });

  it('refuses someone not on the register', async () => {
    await expect(startAppraisal(db, { staffId: 'nobody', ...manager, now })).rejects.toThrow(
      'That person is no longer on the staff register, so no appraisal was started.',
    );
    expect(await db.appraisals.count()).toBe(0);
  });
});

describe('carrying over from the last signed appraisal', () => {
  it('reviews the objectives of the latest signed appraisal, never a draft or a replaced version', async () => {
    const staffId = await addPerson();
    const [objective] = completeAppraisal().objectives;
    if (objective === undefined) throw new Error('the fixture has an objective');
    const signed = (id: string, meetingDate: string, what: string, status: Appraisal['status'] = 'signed') =>
      seed(
        completeAppraisal({
          id,
          staffId,
          status,
          header: { ...completeAppraisal().header, meetingDate, periodEnd: meetingDate },
          objectives: [{ ...objective, id: `${id}-objective`, what }],
        }),
      );
    await signed('2024', '2024-03-01', 'Objective from 2024');
    await signed('2025', '2025-03-05', 'Objective from 2025');
    await signed('2025-replaced', '2025-03-06', 'Replaced by an amendment', 'superseded');

    const last = await lastSignedAppraisal(db, staffId);
    expect(last?.id).toBe('2025');
    const draft = await start(staffId);
    expect(draft.previousAppraisalId).toBe('2025');
    expect(draft.header.periodStart).toBe('2025-03-05');
    expect(draft.previousObjectives).toEqual([
      {
        objective: expect.objectContaining({ id: '2025-objective', what: 'Objective from 2025' }),
        status: null,
        comment: '',
      },
    ]);
    expect(draft.objectives).toEqual([]);
  });

  it('is null for someone never appraised', async () => {
    const staffId = await addPerson();
    await start(staffId);
    expect(await lastSignedAppraisal(db, staffId)).toBeNull();
  });
});

describe('saving a draft', () => {
  it('keeps 10,000 characters of mixed-script evidence exactly, after the database is reopened', async () => {
    const draft = await start(await addPerson());
    const evidence = longEvidence();
    const decomposed = 'Nguyễn Thị Hoa'.normalize('NFD');
    const edited: Appraisal = {
      ...draft,
      ratings: {
        'planning-and-organising-work': { level: 3, notApplicable: false, notApplicableReason: '', evidence },
      },
      summary: { overall: decomposed },
      currentStep: 'management',
    };
    const saved = await saveDraft(db, edited, { now: new Date('2026-03-12T11:00:00.000Z') });
    expect(saved.updatedAt).toBe('2026-03-12T11:00:00.000Z');

    db.close();
    db = new AppDatabase(db.name);
    const read = await getAppraisal(db, draft.id);
    expect(read).toEqual(saved);
    expect(read?.ratings['planning-and-organising-work']?.evidence).toBe(evidence);
    expect(Array.from(evidence)).toHaveLength(10_000);
    expect(read?.summary.overall).toBe(decomposed);
    expect(read?.currentStep).toBe('management');
  });

  it('keeps the indexed copies in step with the header, empty dates stored as null', async () => {
    const draft = await start(await addPerson());
    await saveDraft(db, {
      ...draft,
      header: { ...draft.header, appraiserName: 'Chiamaka Okonkwo-Ìbèkwè', meetingDate: '' },
      nextDueDate: '',
    });
    const record = await db.appraisals.get(draft.id);
    expect(record).toMatchObject({
      appraiserName: 'Chiamaka Okonkwo-Ìbèkwè',
      meetingDate: null,
      nextDueDate: null,
    });
    expect(await db.appraisals.where('meetingDate').above('').count()).toBe(0);
    expect((await getAppraisal(db, draft.id))?.nextDueDate).toBe('');
    expect(await db.appraisals.where('appraiserName').equals('Chiamaka Okonkwo-Ìbèkwè').count()).toBe(1);
  });

  it('refuses an invalid record and changes nothing', async () => {
    const draft = await start(await addPerson());
    const before = await db.appraisals.get(draft.id);
    const attempt = saveDraft(db, {
      ...draft,
      header: { ...draft.header, meetingDate: '2026-02-30' },
      summary: { overall: 'x' },
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { header: 'Enter a real date.' } });
    expect(await db.appraisals.get(draft.id)).toEqual(before);
  });

  it('never writes a signed or replaced appraisal, and changes nothing', async () => {
    const staffId = await addPerson();
    for (const status of ['signed', 'superseded'] as const) {
      const stored = await seed(completeAppraisal({ id: `appraisal-${status}`, staffId, status }));
      const before = await db.appraisals.get(stored.id);
      const attempt = saveDraft(db, {
        ...stored,
        status: 'draft',
        summary: { overall: 'Rewritten after signing.' },
      });
      await expect(attempt).rejects.toBeInstanceOf(RefusedChangeError);
      expect(await db.appraisals.get(stored.id)).toEqual(before);
    }
    await expect(
      saveDraft(db, completeAppraisal({ id: 'appraisal-signed', staffId, status: 'signed' })),
    ).rejects.toThrow('Only a draft can be saved this way. Signing is a separate step. Nothing was saved.');
  });

  it('refuses to save a draft that was discarded meanwhile, and does not bring it back', async () => {
    const draft = await start(await addPerson());
    await discardDraft(db, draft.id);
    await expect(saveDraft(db, draft)).rejects.toThrow(
      'This draft has been discarded, so these changes could not be saved.',
    );
    expect(await db.appraisals.count()).toBe(0);
  });

  it('refuses to move a draft to another person or framework version', async () => {
    const draft = await start(await addPerson());
    const other = await addPerson('María José Núñez');
    await expect(saveDraft(db, { ...draft, staffId: other })).rejects.toBeInstanceOf(RefusedChangeError);
    await expect(
      saveDraft(db, { ...draft, framework: { ...draft.framework, version: 99 } }),
    ).rejects.toBeInstanceOf(RefusedChangeError);
    expect(await getAppraisal(db, draft.id)).toEqual(draft);
  });
});

describe('discarding a draft', () => {
  it('deletes a draft, and a second discard is harmless', async () => {
    const draft = await start(await addPerson());
    await discardDraft(db, draft.id);
    await discardDraft(db, draft.id);
    expect(await getAppraisal(db, draft.id)).toBeUndefined();
  });

  it('never deletes a signed appraisal', async () => {
    const signed = await seed(completeAppraisal({ staffId: await addPerson(), status: 'signed' }));
    await expect(discardDraft(db, signed.id)).rejects.toThrow(/has been signed/);
    expect(await getAppraisal(db, signed.id)).toEqual(signed);
  });
});

describe('lists', () => {
  it('lists drafts most recently worked on first', async () => {
    const hoa = await start(await addPerson('Nguyễn Thị Hoa'));
    const maria = await start(await addPerson('María José Núñez'));
    await seed(completeAppraisal({ id: 'signed-one', staffId: hoa.staffId, status: 'signed' }));
    await saveDraft(db, maria, { now: new Date('2026-03-12T12:00:00.000Z') });
    await saveDraft(db, hoa, { now: new Date('2026-03-12T13:00:00.000Z') });
    expect((await listDrafts(db)).map((a) => a.id)).toEqual([hoa.id, maria.id]);
  });

  it("lists a person's appraisals newest meeting first, a draft with no date yet at the top", async () => {
    const staffId = await addPerson();
    const meeting = (meetingDate: string) => ({
      ...completeAppraisal().header,
      meetingDate,
      periodEnd: meetingDate,
    });
    await seed(completeAppraisal({ id: 'a-2024', staffId, status: 'signed', header: meeting('2024-03-01') }));
    await seed(completeAppraisal({ id: 'a-2025', staffId, status: 'signed', header: meeting('2025-03-01') }));
    const draft = await start(staffId);
    await saveDraft(db, { ...draft, header: { ...draft.header, meetingDate: '' } });
    await seed(completeAppraisal({ id: 'someone-else', staffId: 'other', status: 'signed' }));
    expect((await listAppraisalsForStaff(db, staffId)).map((a) => a.id)).toEqual([
      draft.id,
      'a-2025',
      'a-2024',
    ]);
  });
});

describe('profile history', () => {
  it('scores each signed appraisal with its own framework, oldest first, skipping any whose framework is missing', async () => {
    const staffId = await addPerson();
    const small = { ...makeFramework(8, 8), frameworkId: 'our-home', version: 1 };
    await publish(small, '2025-01-01T09:00:00.000Z');
    const allLevels = (framework: Framework, level: 1 | 2 | 3 | 4) =>
      Object.fromEntries(
        framework.sections.flatMap((s) =>
          s.competencies.map((c) => [
            c.id,
            { level, notApplicable: false, notApplicableReason: '', evidence: 'Seen.' },
          ]),
        ),
      );
    const header = (meetingDate: string) => ({ ...completeAppraisal().header, meetingDate });
    await seed(
      completeAppraisal({
        id: 'later',
        staffId,
        status: 'signed',
        header: header('2026-03-01'),
        ratings: allLevels(builtInFramework, 3),
      }),
    );
    await seed(
      completeAppraisal(
        {
          id: 'earlier',
          staffId,
          status: 'signed',
          header: header('2025-03-01'),
          ratings: allLevels(small, 2),
        },
        small,
      ),
    );
    await seed(
      completeAppraisal({
        id: 'lost',
        staffId,
        status: 'signed',
        header: header('2024-03-01'),
        framework: { frameworkId: 'gone', version: 1 },
      }),
    );
    await start(staffId);
    expect(await profileHistory(db, staffId)).toEqual([
      { appraisalId: 'earlier', meetingDate: '2025-03-01', management: 2, leadership: 2 },
      { appraisalId: 'later', meetingDate: '2026-03-01', management: 3, leadership: 3 },
    ]);
  });
});
