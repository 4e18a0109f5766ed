/**
 * One party signs: the appraisee first (which freezes the record), then the appraiser, whose
 * countersignature is stored before sealing is tried, so nothing signed is lost if it fails.
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { staffActor } from '../../shared/audit/auditActor';
import type { Signature } from '../../shared/signing/signature';
import type { AppDatabase } from '../db/database';
import { countersign, signAsAppraisee } from '../db/signingRepository';
import { appraisalActor } from './actors';
import { recordAppraisalEvent } from './appraisalEvents';
import { sealCountersigned, type SealOutcome } from './sealAppraisal';

export interface SignOutcome {
  signed: Appraisal;
  /** Only after the countersignature. */
  seal: SealOutcome | null;
  warning: string | null;
}

export async function signAppraisal(
  db: AppDatabase,
  appraisalId: string,
  signature: Signature,
): Promise<SignOutcome> {
  const signed =
    signature.party === 'appraisee'
      ? await signAsAppraisee(db, appraisalId, signature)
      : await countersign(db, appraisalId, signature);
  // Each signature is credited to whoever signed: the appraisee signs as themselves.
  const warning = await recordAppraisalEvent(
    { action: 'sign', appraisalId, party: signature.party, method: signature.method },
    signature.party === 'appraisee' ? staffActor(signed.staffId) : appraisalActor(signed),
  );
  const seal = signature.party === 'appraiser' ? await sealCountersigned(db, signed) : null;
  return { signed, seal, warning };
}
