/**
 * Leaving dates and the retention period are facts main keeps, each recorded as an audit event
 * carrying ids and dates (never names), read back from its own log, with main's own today.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handlerSetup } from '../../fixtures/handlerDeps';
import { makeBackup } from '../backup/backupFixtures';
import { actor, appraisalOf, exportSetup } from '../exports/exportSetup';
import { auditEvents, auditPath } from './dataFolderState';

const setup = () => handlerSetup({ now: '2026-11-28T12:00:00.000Z' });

describe('records:setLeavingDate', () => {
  it('set, change and clear are each one event with the person’s id and the date', async () => {
    const s = setup();
    expect(
      await s.call('records:setLeavingDate', { staffId: 's1', leavingDate: '2026-05-01', actor }),
    ).toEqual({
      changed: true,
    });
    await s.call('records:setLeavingDate', { staffId: 's1', leavingDate: '2026-06-30', actor });
    await s.call('records:setLeavingDate', { staffId: 's1', leavingDate: null, actor: 'staff:m1' });
    expect(auditEvents(s.dataFolder).map((e) => [e.action, e.actor, e.entityId, e.detail, e.facts])).toEqual([
      [
        'leaving-date',
        actor,
        's1',
        'Leaving date recorded as 01/05/2026.',
        { kind: 'leaving-date', staffId: 's1', leavingDate: '2026-05-01' },
      ],
      [
        'leaving-date',
        actor,
        's1',
        'Leaving date recorded as 30/06/2026 (was 01/05/2026).',
        { kind: 'leaving-date', staffId: 's1', leavingDate: '2026-06-30' },
      ],
      [
        'leaving-date',
        'staff:m1',
        's1',
        'Leaving date cleared (was 30/06/2026).',
        { kind: 'leaving-date', staffId: 's1', leavingDate: null },
      ],
    ]);
    expect(await s.call('records:facts', undefined)).toEqual({
      today: '2026-11-28',
      retentionYears: 6,
      retentionRecorded: false,
      leavingDates: [{ staffId: 's1', leavingDate: null }],
    });
  });

  it('the same date again writes nothing', async () => {
    const s = setup();
    await s.call('records:setLeavingDate', { staffId: 's1', leavingDate: '2026-05-01', actor });
    const log = readFileSync(auditPath(s.dataFolder), 'utf8');
    expect(
      await s.call('records:setLeavingDate', { staffId: 's1', leavingDate: '2026-05-01', actor }),
    ).toEqual({
      changed: false,
    });
    expect(readFileSync(auditPath(s.dataFolder), 'utf8')).toBe(log);
  });

  it('survives a restart: new handlers on the same data folder read the facts back from the log', async () => {
    const s = setup();
    await s.call('records:setLeavingDate', { staffId: 's1', leavingDate: '2026-05-01', actor });
    await s.call('records:setLeavingDate', { staffId: 's2', leavingDate: '2025-01-31', actor });
    s.restart();
    s.setNow('2027-01-02T12:00:00.000Z');
    expect(await s.call('records:facts', undefined)).toEqual({
      today: '2027-01-02',
      retentionYears: 6,
      retentionRecorded: false,
      leavingDates: [
        { staffId: 's1', leavingDate: '2026-05-01' },
        { staffId: 's2', leavingDate: '2025-01-31' },
      ],
    });
  });

  it('is refused once the person’s records were destroyed, and writes nothing', async () => {
    const s = exportSetup({ now: '2026-03-01T12:00:00.000Z' });
    await s.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2019-03-10'));
    await s.call('records:setLeavingDate', { staffId: 's1', leavingDate: '2020-02-29', actor });
    await makeBackup(s, { reason: 'before-destroy' });
    await s.call('records:destroy', { staffId: 's1', actor });
    const log = readFileSync(auditPath(s.dataFolder), 'utf8');
    await expect(
      s.call('records:setLeavingDate', { staffId: 's1', leavingDate: '2030-01-01', actor }),
    ).rejects.toThrow(
      "This person's records were destroyed after the retention period, so their leaving date cannot change.",
    );
    expect(readFileSync(auditPath(s.dataFolder), 'utf8')).toBe(log);
  });

  it.each([
    ['a name for the person', { staffId: 'Nguyễn Thị Hoa', leavingDate: '2026-05-01', actor }],
    ['a date that does not exist', { staffId: 's1', leavingDate: '2026-02-30', actor }],
    ['a name as the actor', { staffId: 's1', leavingDate: '2026-05-01', actor: 'Łucja Wąsowska' }],
  ])('refuses %s and writes nothing', async (_case, request) => {
    const s = setup();
    expect(await s.reply('records:setLeavingDate', request)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await s.call('records:facts', undefined)).toMatchObject({ leavingDates: [] });
  });
});

describe('records:setRetentionYears', () => {
  it('is six years, not recorded, until a period is recorded', async () => {
    const s = setup();
    expect(await s.call('records:facts', undefined)).toMatchObject({
      retentionYears: 6,
      retentionRecorded: false,
    });
    // Six when nothing was recorded is no change.
    expect(await s.call('records:setRetentionYears', { years: 6, actor })).toEqual({ changed: false });
    expect(await s.call('records:facts', undefined)).toMatchObject({ retentionRecorded: false });
  });

  it('records a change as an event with the years, which a restart reads back', async () => {
    const s = setup();
    expect(await s.call('records:setRetentionYears', { years: 8, actor })).toEqual({ changed: true });
    expect(await s.call('records:setRetentionYears', { years: 8, actor })).toEqual({ changed: false });
    const events = auditEvents(s.dataFolder);
    expect(events.map((e) => [e.action, e.actor, e.entityId, e.detail, e.facts])).toEqual([
      [
        'retention-period',
        actor,
        'home-settings',
        "Leavers' records are now kept for 8 years after they leave (was 6).",
        { kind: 'retention-period', years: 8 },
      ],
    ]);
    s.restart();
    expect(await s.call('records:facts', undefined)).toMatchObject({
      retentionYears: 8,
      retentionRecorded: true,
    });
  });

  it.each([0, 51, 6.5])('refuses %s years and writes nothing', async (years) => {
    const s = setup();
    expect(await s.reply('records:setRetentionYears', { years, actor })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await s.call('records:facts', undefined)).toMatchObject({
      retentionYears: 6,
      retentionRecorded: false,
    });
  });
});
