/**
 * What the lists need of an appraisal, kept beside it in the `appraisalSummaries` table: the
 * records list, the dashboard and the register's CSV read these small rows instead of whole
 * appraisals, whose drawn signatures and evidence notes make each one 10–60 KB. Derived from the
 * stored record alone (storedSummaryOf), on every write, by summaryMiddleware.ts. Stored as the
 * few fields the indexes and the compliance figures read, and the rest as one JSON text: reading
 * thousands of rows, IndexedDB spends its time per field cloned, so one string beats dozens.
 */
import type { Appraisal, AppraisalHeader } from '../../shared/appraisal/appraisal';
import type { RatingFacts } from '../../shared/appraisal/ratingsOf';
import type { ComplianceAppraisal } from '../../shared/compliance/complianceStatus';
import type { ScaleLevel } from '../../shared/framework/scale';
import type { AppraisalRecord } from './records';

/** Stands for "not applicable" in `levels` (real levels run from 1). */
const notApplicableLevel = 0;

export interface AppraisalSummary extends Pick<
  Appraisal,
  'id' | 'staffId' | 'status' | 'version' | 'framework' | 'nextDueDate' | 'updatedAt'
> {
  header: AppraisalHeader;
  /** `header.meetingDate`, or null while empty: indexed like the appraisal's own copy. */
  meetingDate: string | null;
  /**
   * The manager's ratings as compactly as IndexedDB can hold them: each rated competency's
   * level, or 0 for "not applicable" (see ratingFactsOf). Evidence and reasons are left out.
   */
  levels: Record<string, ScaleLevel | typeof notApplicableLevel>;
  /** Competencies the development plan names (a suggestion's source), in plan order. */
  developmentCompetencyIds: string[];
  /** Which of the two signatures are on the record. */
  signed: { appraisee: boolean; appraiser: boolean };
  sealed: { fingerprint: string; documentId: string } | null;
}

export function summaryOf(record: AppraisalRecord): AppraisalSummary {
  const levels: AppraisalSummary['levels'] = {};
  for (const [competencyId, { level, notApplicable }] of Object.entries(record.ratings)) {
    if (notApplicable) levels[competencyId] = notApplicableLevel;
    else if (level !== null) levels[competencyId] = level;
  }
  return {
    id: record.id,
    staffId: record.staffId,
    status: record.status,
    version: record.version,
    framework: { frameworkId: record.framework.frameworkId, version: record.framework.version },
    header: { ...record.header },
    meetingDate: record.meetingDate,
    nextDueDate: record.nextDueDate ?? '',
    updatedAt: record.updatedAt,
    levels,
    developmentCompetencyIds: record.development.items
      .map((item) => item.competencyId)
      .filter((id) => id !== null),
    signed: {
      appraisee: record.signatures.appraisee !== null,
      appraiser: record.signatures.appraiser !== null,
    },
    sealed:
      record.sealed === null
        ? null
        : { fingerprint: record.sealed.fingerprint, documentId: record.sealed.documentId },
  };
}

/** The summary's ratings in the shape scoring reads (`managerRatings`). */
export function ratingFactsOf(summary: Pick<AppraisalSummary, 'levels'>): Record<string, RatingFacts> {
  const facts: Record<string, RatingFacts> = {};
  for (const [competencyId, level] of Object.entries(summary.levels)) {
    facts[competencyId] =
      level === notApplicableLevel
        ? { level: null, notApplicable: true, notApplicableReason: '' }
        : { level, notApplicable: false, notApplicableReason: '' };
  }
  return facts;
}

/** What the table stores (see the top of this file). */
export interface StoredSummary extends Pick<
  AppraisalSummary,
  'id' | 'staffId' | 'status' | 'version' | 'meetingDate' | 'nextDueDate' | 'updatedAt'
> {
  /** JSON of the summary's other fields. */
  details: string;
}

type SummaryDetails = Omit<AppraisalSummary, keyof Omit<StoredSummary, 'details'>>;

export function storedSummaryOf(record: AppraisalRecord): StoredSummary {
  const { id, staffId, status, version, meetingDate, nextDueDate, updatedAt, ...details } = summaryOf(record);
  return {
    id,
    staffId,
    status,
    version,
    meetingDate,
    nextDueDate,
    updatedAt,
    details: JSON.stringify(details satisfies SummaryDetails),
  };
}

export function unpackSummary(stored: StoredSummary): AppraisalSummary {
  const { details, ...fields } = stored;
  // Our own JSON, written by storedSummaryOf from a typed summary.
  const parsed = JSON.parse(details) as SummaryDetails;
  return { ...fields, ...parsed };
}

/** What the compliance rules read of a summary, without unpacking the rest. */
export function complianceFactsOf(stored: StoredSummary): ComplianceAppraisal {
  return {
    id: stored.id,
    staffId: stored.staffId,
    status: stored.status,
    version: stored.version,
    header: { meetingDate: stored.meetingDate ?? '' },
    nextDueDate: stored.nextDueDate,
  };
}

/** Both people signed but the seal was never completed (the dashboard offers to seal it again). */
export function summaryWaitsForSeal(summary: AppraisalSummary): boolean {
  return summary.status === 'draft' && summary.signed.appraisee && summary.signed.appraiser;
}
