/**
 * The words each signer confirms, shown on screen beside the signature and printed under it.
 * Signing records that the appraisal was discussed and the record read; it is not agreement,
 * which is why disagreement has its own place in the appraisee's comments.
 */
import type { SigningParty } from './signature';

export const signingStatements = {
  appraisee:
    'I confirm that this appraisal was discussed with me and that I have read this record. ' +
    'Signing does not mean I agree with all of it: any disagreement is in my comments.',
  appraiser:
    'I confirm that I carried out this appraisal, discussed it with the member of staff, ' +
    'and that this record is a fair account of our discussion.',
} as const satisfies Record<SigningParty, string>;

/** Printed once above the signature blocks. */
export const readNotAgreedNote =
  'Signatures confirm the appraisal was discussed and this record read, not that the ' +
  "member of staff agrees with it. Disagreement is recorded in the appraisee's comments.";

export const signingPartyLabels = {
  appraisee: 'Member of staff (appraisee)',
  appraiser: 'Appraiser',
} as const satisfies Record<SigningParty, string>;
