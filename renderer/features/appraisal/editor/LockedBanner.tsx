/** Shown on every step once the appraisee has signed: why nothing can be changed, and how to change it. */
import { Link } from 'react-router';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { RemoveSignaturesButton } from '../../../components/RemoveSignaturesButton';
import { signAppraisalPath } from '../../../app/paths';

export function LockedBanner({ appraisal }: { appraisal: Appraisal }) {
  const name = appraisal.header.staffName;
  const countersigned = appraisal.signatures.appraiser !== null;
  return (
    <div className="locked-banner" role="note">
      <p className="locked-banner__title">
        {countersigned
          ? 'Signed by both — not sealed yet'
          : 'Signed by the appraisee — waiting for the appraiser’s countersignature'}
      </p>
      <p>
        {name} has signed, so this appraisal is shown as it was signed and cannot be changed here.{' '}
        <Link to={signAppraisalPath(appraisal.id)}>Go to signatures</Link>
      </p>
      <RemoveSignaturesButton
        appraisal={appraisal}
        label={
          countersigned
            ? 'Remove both signatures to make changes'
            : "Remove the appraisee's signature to make changes"
        }
      />
    </div>
  );
}
