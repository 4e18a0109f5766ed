/**
 * Reading appraisals: drafts to resume, a person's history, the last signed appraisal (whose
 * objectives the next one reviews) and the profile over time. Re-exported by
 * `appraisalRepository.ts`, which is what the screens import.
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { managerRatings } from '../../shared/appraisal/ratingsOf';
import { documentIdOf } from '../../shared/documents/documentId';
import { profileScore } from '../../shared/framework/profileScore';
import { fromAppraisalRecord } from './appraisalRecord';
import type { AppDatabase } from './database';
import { getFrameworkVersion } from './frameworkRepository';
import type { AppraisalRecord } from './records';

/** Drafts in progress, the most recently worked on first. */
export async function listDrafts(db: AppDatabase): Promise<Appraisal[]> {
  const drafts = await db.appraisals.where('status').equals('draft').toArray();
  return drafts
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
    .map(fromAppraisalRecord);
}

/**
 * Drafts whose document main may have sealed without this store hearing: every draft, since a
 * draft whose signatures were removed after main sealed it is one of them. Ids only, cheap.
 */
export async function draftDocumentIds(db: AppDatabase): Promise<string[]> {
  const drafts = await db.appraisals.where('status').equals('draft').toArray();
  return drafts.map((draft) => documentIdOf(draft)).sort();
}

/** Drafts in progress that no one has signed yet (the rest wait for signatures). */
export function isAwaitingSignatures(appraisal: Appraisal): boolean {
  return appraisal.status === 'draft' && appraisal.signatures.appraisee !== null;
}

/**
 * The latest `limit` signed appraisals, the most recently sealed first. Found by their keys, and
 * only those read whole: a large home has thousands of signed appraisals, each 10–60 KB with its
 * drawn signatures, and reading them all to show twenty held the page up for a second on a slow
 * PC. A signed record's `updatedAt` is its seal's time (markSealed, adoptSealedVersion and
 * sealedVersionOf set it so, and a signed record is written again only to be superseded), so the
 * `updatedAt` index puts the latest sealed last. Twice as many as shown are read, then sorted as
 * the list always was, so ties on the same moment fall the same way.
 */
export async function listRecentlySigned(db: AppDatabase, limit = 20): Promise<Appraisal[]> {
  return db.transaction('r', db.appraisals, async () => {
    const signedIds = new Set(await db.appraisals.where('status').equals('signed').primaryKeys());
    const oldestFirst = await db.appraisals.orderBy('updatedAt').primaryKeys();
    const latest: string[] = [];
    for (let i = oldestFirst.length - 1; i >= 0 && latest.length < limit * 2; i -= 1) {
      const id = oldestFirst[i];
      if (id !== undefined && signedIds.has(id)) latest.push(id);
    }
    const records = await db.appraisals.bulkGet(latest);
    return records
      .filter((record): record is AppraisalRecord => record?.status === 'signed')
      .sort(
        (a, b) =>
          (b.sealed?.sealedAt ?? '').localeCompare(a.sealed?.sealedAt ?? '') || a.id.localeCompare(b.id),
      )
      .slice(0, limit)
      .map(fromAppraisalRecord);
  });
}

/**
 * Every appraisal of one person, the newest meeting first. A draft with no meeting date yet is
 * the newest of all; an amendment comes before the version it replaced.
 */
export async function listAppraisalsForStaff(db: AppDatabase, staffId: string): Promise<Appraisal[]> {
  const records = await db.appraisals.where('staffId').equals(staffId).toArray();
  return records.sort(newestMeetingFirst).map(fromAppraisalRecord);
}

/** The person's latest signed appraisal (amendments included, replaced versions not), or null. */
export async function lastSignedAppraisal(db: AppDatabase, staffId: string): Promise<Appraisal | null> {
  const signed = await db.appraisals.where('[staffId+status]').equals([staffId, 'signed']).toArray();
  const latest = signed.sort(newestMeetingFirst)[0];
  return latest === undefined ? null : fromAppraisalRecord(latest);
}

export interface ProfileHistoryPoint {
  appraisalId: string;
  meetingDate: string;
  /** Section means as `profileScore` gives them, unrounded; null when nothing was rated. */
  management: number | null;
  leadership: number | null;
}

/**
 * The person's profile over time from their signed appraisals, oldest first, each scored with
 * the framework version it pinned. One whose framework is not on this computer is left out
 * rather than scored against the wrong competencies.
 */
export async function profileHistory(db: AppDatabase, staffId: string): Promise<ProfileHistoryPoint[]> {
  return db.transaction('r', db.appraisals, db.frameworks, async () => {
    const signed = await db.appraisals.where('[staffId+status]').equals([staffId, 'signed']).toArray();
    const points: ProfileHistoryPoint[] = [];
    for (const record of signed.sort(newestMeetingFirst).reverse()) {
      const framework = await getFrameworkVersion(db, record.framework);
      if (framework === null) continue;
      const appraisal = fromAppraisalRecord(record);
      const score = profileScore(framework, managerRatings(appraisal));
      points.push({
        appraisalId: appraisal.id,
        meetingDate: appraisal.header.meetingDate,
        management: score.management,
        leadership: score.leadership,
      });
    }
    return points;
  });
}

/** Newest meeting first; no meeting date counts as newest; then higher version, later update, id. */
function newestMeetingFirst(a: AppraisalRecord, b: AppraisalRecord): number {
  const dateA = a.meetingDate ?? '\uffff';
  const dateB = b.meetingDate ?? '\uffff';
  return (
    dateB.localeCompare(dateA) ||
    b.version - a.version ||
    b.updatedAt.localeCompare(a.updatedAt) ||
    a.id.localeCompare(b.id)
  );
}
