/**
 * The one IndexedDB database the renderer keeps: the working store for the whole product.
 *
 * Schema rule: a numbered `version(n).stores()` step is NEVER edited once released. A later
 * change adds `version(n + 1).stores({...}).upgrade(tx => ...)` below the last one, so every
 * office PC migrates its existing data instead of losing it.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { storedSummaryOf, type StoredSummary } from './appraisalSummary';
import { latestSignedRecords, type LatestSignedRecord } from './latestSigned';
import type { AppraisalRecord, FrameworkRecord, SettingsRecord, StaffRecord } from './records';
import { summaryMiddleware } from './summaryMiddleware';

const defaultDatabaseName = 'care-appraisals';

/** Tables kept from others' rows: a restore or copy leaves them to be rebuilt, never copies them. */
export const derivedTables: ReadonlySet<string> = new Set(['appraisalSummaries', 'latestSigned']);

export class AppDatabase extends Dexie {
  // `declare` so class-field semantics do not overwrite the tables Dexie attaches.
  declare readonly settings: Table<SettingsRecord, string>;
  declare readonly staff: Table<StaffRecord, string>;
  declare readonly frameworks: Table<FrameworkRecord, string>;
  declare readonly appraisals: Table<AppraisalRecord, string>;
  /** Derived from `appraisals` (summaryMiddleware.ts); never written directly, never restored. */
  declare readonly appraisalSummaries: Table<StoredSummary, string>;
  /** Derived too: each person's latest signed appraisal, for the dashboard's figure. */
  declare readonly latestSigned: Table<LatestSignedRecord, string>;

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

    // Version 5 (fast on a modest PC): a small summary of each appraisal for the lists and each
    // person's latest signed appraisal for the dashboard, kept in step by summaryMiddleware, so
    // neither ever reads signature images or evidence. Built here for what a PC already holds.
    this.version(5)
      .stores({
        appraisalSummaries: 'id, status, meetingDate, [staffId+status+meetingDate]',
        latestSigned: 'staffId',
      })
      .upgrade(async (tx) => {
        // One record in memory at a time (each() visits them); only the small summaries are kept.
        const summaries: StoredSummary[] = [];
        await tx.table<AppraisalRecord, string>('appraisals').each((record) => {
          summaries.push(storedSummaryOf(record));
        });
        await tx.table<StoredSummary, string>('appraisalSummaries').bulkPut(summaries);
        await tx.table<LatestSignedRecord, string>('latestSigned').bulkPut(latestSignedRecords(summaries));
      });
    this.use(summaryMiddleware);
  }
}
