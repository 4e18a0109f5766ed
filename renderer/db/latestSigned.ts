/**
 * Each person's latest signed appraisal, as the compliance rules read it: one small row per
 * person in the `latestSigned` table, kept by summaryMiddleware.ts, so the dashboard's figure
 * reads one row per person rather than searching their appraisals.
 */
import { groupByStaff } from '../../shared/staff/groupByStaff';
import type { ComplianceAppraisal } from '../../shared/compliance/complianceStatus';
import { complianceFactsOf, type StoredSummary } from './appraisalSummary';

export interface LatestSignedRecord {
  staffId: string;
  /** The signed appraisals on the person's latest meeting date (nearly always one). */
  appraisals: ComplianceAppraisal[];
}

/**
 * The row for one person from their summaries, or null when nothing of theirs is signed with a
 * meeting date. All on the latest date are kept, so the shared tie-break (latestSignedAppraisal)
 * decides between them exactly as it does elsewhere.
 */
export function latestSignedRecordFor(
  staffId: string,
  summaries: readonly StoredSummary[],
): LatestSignedRecord | null {
  let lastDate: string | null = null;
  for (const summary of summaries) {
    if (summary.staffId !== staffId || summary.status !== 'signed' || summary.meetingDate === null) continue;
    if (lastDate === null || summary.meetingDate > lastDate) lastDate = summary.meetingDate;
  }
  if (lastDate === null) return null;
  const latest = summaries.filter(
    (summary) =>
      summary.staffId === staffId && summary.status === 'signed' && summary.meetingDate === lastDate,
  );
  return { staffId, appraisals: latest.map(complianceFactsOf) };
}

/** Every person's row, from all the summaries (building the table for a database that predates it). */
export function latestSignedRecords(summaries: readonly StoredSummary[]): LatestSignedRecord[] {
  return [...groupByStaff(summaries)].flatMap(([staffId, own]) => latestSignedRecordFor(staffId, own) ?? []);
}
