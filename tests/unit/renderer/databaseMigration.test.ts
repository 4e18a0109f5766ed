// First, so Dexie finds the fake IndexedDB when it loads.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { getAppraisal, saveDraft } from '../../../renderer/db/appraisalRepository';
import { AppDatabase } from '../../../renderer/db/database';
import { currentSchemaVersion } from '../../../shared/backup/schemaVersion';
import { completeAppraisal } from '../../fixtures/completeAppraisal';

const name = `migration-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

/** An appraisal exactly as version 1 stored it: without the fields signing added. */
function versionOneRecord(status: 'draft' | 'signed') {
  const full = completeAppraisal({ id: `old-${status}`, status });
  const old: Partial<typeof full> = { ...full };
  delete old.signatures;
  delete old.sealed;
  delete old.amendmentReason;
  delete old.supersededById;
  return {
    ...old,
    meetingDate: full.header.meetingDate,
    nextDueDate: full.nextDueDate,
    appraiserName: 'Łucja Wąsowska',
  };
}

describe('upgrading a database made by version 1 of the app', () => {
  it('gives existing appraisals no signatures, no seal and no amendment, and keeps every word', async () => {
    const old = new Dexie(name);
    old.version(1).stores({
      settings: '&key',
      staff: 'id, nameKey, role, team, leavingDate, lineManagerId',
      frameworks: 'id, frameworkId, version, [frameworkId+version], status',
      appraisals:
        'id, staffId, status, [staffId+status], meetingDate, nextDueDate, appraiserName, supersedesId, updatedAt',
      auditEvents: 'seq, at, action, entityId',
    });
    await old.table('appraisals').bulkAdd([versionOneRecord('draft'), versionOneRecord('signed')]);
    old.close();

    const db = new AppDatabase(name);
    const draft = await getAppraisal(db, 'old-draft');
    expect(draft).toMatchObject({
      signatures: { appraisee: null, appraiser: null },
      sealed: null,
      amendmentReason: '',
      supersededById: null,
      summary: completeAppraisal().summary,
    });
    expect((await getAppraisal(db, 'old-signed'))?.status).toBe('signed');
    // The upgraded draft is a valid record the editor can keep saving.
    if (draft === undefined) throw new Error('the draft should still be there');
    await expect(
      saveDraft(db, { ...draft, appraiseeComments: 'Added after the upgrade.' }),
    ).resolves.toMatchObject({
      appraiseeComments: 'Added after the upgrade.',
    });
    db.close();
  });
});

describe('upgrading a database made by version 3 of the app', () => {
  it('removes the audit table nothing ever wrote (the log is main’s file) and keeps every appraisal', async () => {
    const old = new Dexie(name);
    old.version(3).stores({
      settings: '&key',
      staff: 'id, nameKey, role, team, leavingDate, lineManagerId',
      frameworks: 'id, frameworkId, version, [frameworkId+version], status',
      appraisals:
        'id, staffId, status, [staffId+status], meetingDate, nextDueDate, appraiserName, supersedesId, updatedAt, [staffId+status+meetingDate]',
      auditEvents: 'seq, at, action, entityId',
    });
    const draft = completeAppraisal({ id: 'kept-draft' });
    await old.table('appraisals').add({
      ...draft,
      meetingDate: draft.header.meetingDate,
      nextDueDate: draft.nextDueDate,
      appraiserName: draft.header.appraiserName,
    });
    await old
      .table('auditEvents')
      .add({ seq: 1, at: '2026-01-01T00:00:00.000Z', action: 'create', entityId: 'kept-draft' });
    old.close();

    const db = new AppDatabase(name);
    await db.open();
    expect(db.verno).toBe(currentSchemaVersion);
    expect(db.tables.map((table) => table.name)).not.toContain('auditEvents');
    expect((await getAppraisal(db, 'kept-draft'))?.summary).toEqual(draft.summary);
    db.close();
  });
});
