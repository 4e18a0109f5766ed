/**
 * Converting between the appraisal the app works with and the record the `appraisals` table
 * stores (which carries copies of the indexed fields). Every write goes through
 * `toAppraisalRecord`, so the copies can never disagree with the appraisal itself.
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import type { AppraisalRecord } from './records';

export function toAppraisalRecord(appraisal: Appraisal): AppraisalRecord {
  return {
    ...appraisal,
    meetingDate: emptyAsNull(appraisal.header.meetingDate),
    nextDueDate: emptyAsNull(appraisal.nextDueDate),
    appraiserName: appraisal.header.appraiserName,
  };
}

export function fromAppraisalRecord(record: AppraisalRecord): Appraisal {
  // The copies are dropped so the appraisal read back is exactly the one that was saved
  // (and a signature never seals fields that are not part of the appraisal).
  const copy: IndexCopiesOptional = { ...record };
  delete copy.meetingDate;
  delete copy.appraiserName;
  return { ...copy, nextDueDate: record.nextDueDate ?? '' };
}

type IndexCopy = 'meetingDate' | 'appraiserName';
type IndexCopiesOptional = Omit<AppraisalRecord, IndexCopy> & Partial<Pick<AppraisalRecord, IndexCopy>>;

function emptyAsNull(date: string): string | null {
  return date === '' ? null : date;
}
