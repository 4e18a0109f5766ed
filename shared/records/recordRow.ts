/**
 * One appraisal as a flat row: the records list on screen, its CSV and the inspection pack's
 * index.csv are all built from it, so the app and a pack never describe a record differently.
 * Scored exactly as the PDF scores it: the manager's ratings against the appraisal's own
 * pinned framework version.
 */
import type { Appraisal, AppraisalStatus } from '../appraisal/appraisal';
import { managerRatings, type RatingFacts } from '../appraisal/ratingsOf';
import type { Framework } from '../framework/frameworkSchema';
import { profileScore } from '../framework/profileScore';

export interface RecordRow {
  appraisalId: string;
  staffId: string;
  /** The name to list: the register's current one on screen, the name as sealed in a pack. */
  staffName: string;
  role: string;
  team: string;
  periodStart: string;
  periodEnd: string;
  meetingDate: string;
  appraiserName: string;
  status: AppraisalStatus;
  version: number;
  nextDueDate: string;
  management: number | null;
  leadership: number | null;
  /** SHA-256 of the sealed record; '' for a draft. */
  fingerprint: string;
  /** The sealed document's id; '' for a draft. */
  documentId: string;
}

/** How an appraisal's status reads wherever it is listed: on screen, in CSVs, in packs. */
export const appraisalStatusLabels = {
  draft: 'Draft',
  signed: 'Signed',
  superseded: 'Replaced by an amendment',
} as const satisfies Record<AppraisalStatus, string>;

type RowSource = Pick<Appraisal, 'id' | 'staffId' | 'header' | 'status' | 'version' | 'nextDueDate'> & {
  ratings: Readonly<Record<string, RatingFacts>>;
  sealed: { fingerprint: string; documentId: string } | null;
};

export function recordRowOf(appraisal: RowSource, framework: Framework | null, staffName: string): RecordRow {
  const score = framework === null ? null : profileScore(framework, managerRatings(appraisal));
  const { header } = appraisal;
  return {
    appraisalId: appraisal.id,
    staffId: appraisal.staffId,
    staffName,
    role: header.roleAtTime,
    team: header.teamAtTime,
    periodStart: header.periodStart,
    periodEnd: header.periodEnd,
    meetingDate: header.meetingDate,
    appraiserName: header.appraiserName,
    status: appraisal.status,
    version: appraisal.version,
    nextDueDate: appraisal.nextDueDate,
    management: score?.management ?? null,
    leadership: score?.leadership ?? null,
    fingerprint: appraisal.sealed?.fingerprint ?? '',
    documentId: appraisal.sealed?.documentId ?? '',
  };
}
