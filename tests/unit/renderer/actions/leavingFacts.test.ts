/**
 * Leaving dates and the retention period are main's facts: the renderer's actions record them
 * through main before the register or Settings show them, a refused form records nothing
 * anywhere, and at start-up the register follows main (main wins; what main never heard of is
 * recorded through it once).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markLeaver } from '../../../../renderer/actions/markLeaver';
import { toAppraisalRecord } from '../../../../renderer/db/appraisalRecord';
import { formatDate } from '../../../../shared/dates';
import { completeAppraisal } from '../../../fixtures/completeAppraisal';
import { sealedInfo } from '../signingFixtures';
import { mirrorRecordFacts } from '../../../../renderer/actions/mirrorRecordFacts';
import { saveRetentionPeriod } from '../../../../renderer/actions/saveRetentionPeriod';
import { saveStaffMember } from '../../../../renderer/actions/saveStaffMember';
import type { AppDatabase } from '../../../../renderer/db/database';
import { retentionYears } from '../../../../renderer/db/retentionSettings';
import { getStaff } from '../../../../renderer/db/staffQueries';
import type { HandlerSetup } from '../../../fixtures/handlerDeps';
import { disposeDatabase, freshDatabase } from '../freshDatabase';
import { connectToMain, homeSettingsIn, personIn } from './rendererWithMain';

let db: AppDatabase;
let main: HandlerSetup;
beforeEach(async () => {
  db = freshDatabase();
  main = connectToMain();
  await homeSettingsIn(db);
});
afterEach(() => disposeDatabase(db));

const facts = () => main.call('records:facts', undefined);
const leavingDateInMain = async (staffId: string) =>
  (await facts()).leavingDates.find((entry) => entry.staffId === staffId)?.leavingDate;

describe('marking a leaver', () => {
  it('records the date through main, as an event with the id and the date but no name, then in the register', async () => {
    const staffId = await personIn(db);
    await markLeaver(db, staffId, '2026-02-28');
    expect(await leavingDateInMain(staffId)).toBe('2026-02-28');
    expect((await getStaff(db, staffId))?.leavingDate).toBe('2026-02-28');
    const { events } = await main.call('audit:list', { entityIds: [staffId] });
    expect(events.map((event) => [event.action, event.actor, event.facts])).toEqual([
      ['leaving-date', 'registered-manager', { kind: 'leaving-date', staffId, leavingDate: '2026-02-28' }],
    ]);
    expect(JSON.stringify(events)).not.toContain('Hoa');
  });

  it('refuses a date before they started in plain English, and neither main nor the register changes', async () => {
    const staffId = await personIn(db);
    await expect(markLeaver(db, staffId, '2017-01-01')).rejects.toThrow(/cannot be before they started/);
    expect(await leavingDateInMain(staffId)).toBeUndefined();
    expect((await getStaff(db, staffId))?.leavingDate).toBeNull();
  });
});

describe('a leaving date before their last appraisal meeting', () => {
  it('is refused in plain English, and neither main nor the register changes', async () => {
    const staffId = await personIn(db);
    const signed = completeAppraisal({
      staffId,
      status: 'signed',
      sealed: sealedInfo('appraisal-complete-1-v1'),
    });
    await db.appraisals.add(toAppraisalRecord(signed));
    await expect(markLeaver(db, staffId, '2026-01-31')).rejects.toThrow(
      `The leaving date cannot be before their last appraisal meeting (${formatDate(signed.header.meetingDate)}).`,
    );
    expect(await leavingDateInMain(staffId)).toBeUndefined();
    expect((await getStaff(db, staffId))?.leavingDate).toBeNull();
  });
});

describe('saving someone on the register', () => {
  const form = {
    fullName: 'Ștefan Țurcanu',
    preferredName: '',
    role: 'Care assistant',
    team: 'Days',
    startDate: '2020-01-06',
    leavingDate: '2025-12-31',
    lineManagerId: '',
  };

  it('records a new person’s leaving date in main under the id the register gives them', async () => {
    const result = await saveStaffMember(db, undefined, form, false);
    if (result.status !== 'saved') throw new Error('expected a save');
    expect(await leavingDateInMain(result.member.id)).toBe('2025-12-31');
  });

  it('records nothing in main while the manager is asked about a probable duplicate', async () => {
    await personIn(db, { fullName: 'Stefan Turcanu' });
    const result = await saveStaffMember(db, undefined, form, false);
    expect(result.status).toBe('probable-duplicates');
    expect((await facts()).leavingDates).toEqual([]);
  });

  it('records a cleared leaving date as cleared', async () => {
    const staffId = await personIn(db);
    await markLeaver(db, staffId, '2026-02-28');
    const member = await getStaff(db, staffId);
    if (member === undefined) throw new Error('expected the person');
    await saveStaffMember(db, member, { ...form, fullName: member.fullName, leavingDate: '' }, true);
    expect(await leavingDateInMain(staffId)).toBeNull();
    expect((await getStaff(db, staffId))?.leavingDate).toBeNull();
  });
});

describe('the retention period', () => {
  it('is recorded through main, then shown in Settings', async () => {
    await saveRetentionPeriod(db, '8');
    expect(await facts()).toMatchObject({ retentionYears: 8, retentionRecorded: true });
    expect(await retentionYears(db)).toBe(8);
  });

  it('refuses 0 in plain English and records nothing', async () => {
    await expect(saveRetentionPeriod(db, '0')).rejects.toThrow(/from 1 to 50/);
    expect(await facts()).toMatchObject({ retentionYears: 6, retentionRecorded: false });
  });
});

describe('at start-up the register follows main', () => {
  it('main’s leaving date wins over the register’s', async () => {
    const staffId = await personIn(db);
    await main.call('records:setLeavingDate', {
      staffId,
      leavingDate: '2026-01-31',
      actor: 'registered-manager',
    });
    await mirrorRecordFacts(db);
    expect((await getStaff(db, staffId))?.leavingDate).toBe('2026-01-31');
  });

  it('a leaving date and retention period main never heard of (an older version) are recorded through main once', async () => {
    const staffId = await personIn(db, { leavingDate: '2019-04-30' });
    await db.settings.update('home', { retentionYearsAfterLeaving: 10 });
    await mirrorRecordFacts(db);
    await mirrorRecordFacts(db);
    expect(await leavingDateInMain(staffId)).toBe('2019-04-30');
    expect(await facts()).toMatchObject({ retentionYears: 10, retentionRecorded: true });
    const { events } = await main.call('audit:list', { entityIds: [staffId, 'home-settings'] });
    expect(events.map((event) => event.action)).toEqual(['leaving-date', 'retention-period']);
  });
});
