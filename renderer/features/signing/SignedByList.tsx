/** Who has signed so far, in signing order, and how: the same list the signed document shows. */
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { SignatureList } from '../../components/SignatureList';

export function SignedByList({ appraisal }: { appraisal: Appraisal }) {
  return <SignatureList appraisal={appraisal} />;
}
