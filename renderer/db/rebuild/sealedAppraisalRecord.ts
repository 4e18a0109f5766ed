/**
 * A sealed document's appraisal as the working store keeps a signed record (the same mapping
 * `adoptSealedVersion` uses), without its reads and transaction, so a rebuild can map thousands
 * before writing once.
 */
import type { SealedInfo } from '../../../shared/appraisal/appraisal';
import type { DocumentAppraisal } from '../../../shared/documents/appraisalDocument';
import { toAppraisalRecord } from '../appraisalRecord';
import type { AppraisalRecord } from '../records';
import { sealedVersionOf } from '../signingRepository';

export function sealedAppraisalRecord(appraisal: DocumentAppraisal, sealed: SealedInfo): AppraisalRecord {
  return toAppraisalRecord(sealedVersionOf(appraisal, sealed));
}

/** The version an amendment replaced: kept whole, marked as replaced by that amendment. */
export function supersededRecord(record: AppraisalRecord, amendmentId: string): AppraisalRecord {
  return { ...record, status: 'superseded', supersededById: amendmentId };
}
