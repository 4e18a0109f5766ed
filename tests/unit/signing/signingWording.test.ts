/**
 * The words each signer confirms: signing records that the appraisal was discussed and the
 * record read, never that the appraisee agrees; disagreement has its place in the comments.
 */
import { describe, expect, it } from 'vitest';
import { signingParties } from '../../../shared/signing/signature';
import {
  readNotAgreedNote,
  signingPartyLabels,
  signingStatements,
} from '../../../shared/signing/signingWording';

describe('signing wording', () => {
  it("the appraisee's statement says discussed and read, not agreed, and points to the comments", () => {
    const statement = signingStatements.appraisee;
    expect(statement).toContain('discussed with me');
    expect(statement).toContain('I have read this record');
    expect(statement).toContain('does not mean I agree');
    expect(statement).toContain('my comments');
  });

  it('the note printed above the signatures says the same for both', () => {
    expect(readNotAgreedNote).toContain('discussed');
    expect(readNotAgreedNote).toContain('not that the member of staff agrees');
    expect(readNotAgreedNote).toContain("appraisee's comments");
  });

  it('each party has a statement and a label, and they differ', () => {
    for (const party of signingParties) {
      expect(signingStatements[party].length).toBeGreaterThan(40);
      expect(signingPartyLabels[party].length).toBeGreaterThan(0);
    }
    expect(signingStatements.appraisee).not.toBe(signingStatements.appraiser);
    expect(signingPartyLabels.appraisee).not.toBe(signingPartyLabels.appraiser);
  });
});
