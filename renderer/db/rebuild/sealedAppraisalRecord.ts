/**
 * A sealed document's appraisal as the working store keeps a signed record: the mapping
 * `adoptSealedVersion` (signingRepository.ts) makes when the vault's version becomes the record,
 * without its reads and transaction, so a rebuild can map thousands before writing once.
 */
import type { SealedInfo } from '../../../shared/appraisal/appraisal';
import type { DocumentAppraisal } from '../../../shared/documents/appraisalDocument';
import { toAppraisalRecord } from '../appraisalRecord';
import { parsedOrThrow } from '../appraisalRepository';
import type { AppraisalRecord } from '../records';

export function sealedAppraisalRecord(appraisal: DocumentAppraisal, sealed: SealedInfo): AppraisalRecord {
  return toAppraisalRecord(
    parsedOrThrow({
      ...appraisal,
      status: 'signed',
      currentStep: 'ready',
      sealed,
      supersededById: null,
      updatedAt: sealed.sealedAt,
    }),
  );
}

/** The version an amendment replaced: kept whole, marked as replaced by that amendment. */
export function supersededRecord(record: AppraisalRecord, amendmentId: string): AppraisalRecord {
  return { ...record, status: 'superseded', supersededById: amendmentId };
}
