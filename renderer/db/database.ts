/**
 * The one IndexedDB database the renderer keeps: the working store for the whole product.
 *
 * Schema rule: a numbered `version(n).stores()` step is NEVER edited once released. A later
 * change adds `version(n + 1).stores({...}).upgrade(tx => ...)` below the last one, so every
 * office PC migrates its existing data instead of losing it.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { AppraisalRecord, FrameworkRecord, SettingsRecord, StaffRecord } from './records';

const defaultDatabaseName = 'care-appraisals';

export class AppDatabase extends Dexie {
  // `declare` so class-field semantics do not overwrite the tables Dexie attaches.
  declare readonly settings: Table<SettingsRecord, string>;
  declare readonly staff: Table<StaffRecord, string>;
  declare readonly frameworks: Table<FrameworkRecord, string>;
  declare readonly appraisals: Table<AppraisalRecord, string>;

  /** Tests pass a unique name (and may pass a fake IndexedDB) so each gets a fresh database. */
  constructor(name: string = defaultDatabaseName, options: DexieOptions = {}) {
    // 'strict' makes Chromium flush each commit to disk: a power cut loses nothing saved.
    super(name, { ...options, chromeTransactionDurability: 'strict' });

    // Version 1 (released with the Foundation issue). Do not edit; add version 2 below.
    // Null values are not indexed by IndexedDB, so e.g. the leavingDate index holds leavers only.
    this.version(1).stores({
      settings: '&key',
      staff: 'id, nameKey, role, team, leavingDate, lineManagerId',
      frameworks: 'id, frameworkId, version, [frameworkId+version], status',
      appraisals:
        'id, staffId, status, [staffId+status], meetingDate, nextDueDate, appraiserName, supersedesId, updatedAt',
      auditEvents: 'seq, at, action, entityId',
    });

    // Version 2 (signed documents): appraisals gain signatures, the seal, the amendment reason
    // and the link to the amendment that replaced them. No new index: versions are found by
    // `supersedesId` (already indexed) and replaced ones by `status`.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table<Partial<AppraisalRecord>, string>('appraisals')
          .toCollection()
          .modify((record) => {
            record.signatures ??= { appraisee: null, appraiser: null };
            record.sealed ??= null;
            record.amendmentReason ??= '';
            record.supersededById ??= null;
          }),
      );

    // Version 3 (records and audits): each person's latest signed appraisal is read straight
    // from an index ordered by meeting date, so the dashboard reads one record per person
    // rather than every signed appraisal the home has ever kept.
    this.version(3).stores({
      appraisals:
        'id, staffId, status, [staffId+status], meetingDate, nextDueDate, appraiserName, supersedesId, updatedAt, [staffId+status+meetingDate]',
    });

    // Version 4 (main enforces what it guards): the audit log has always lived in main's file,
    // so the auditEvents table version 1 made for it, never written, is removed.
    this.version(4).stores({ auditEvents: null });
  }
}
