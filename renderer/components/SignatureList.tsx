/**
 * Who has signed an appraisal, in signing order, and how. The name shown is the one the
 * signature holds (the register's, exactly); a typed signature also shows what was typed, since
 * that is its evidence and may differ in accents, capitals or spacing ("Stefan Turcanu" for
 * Ștefan Țurcanu).
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { formatDate, formatMomentDate } from '../../shared/dates';
import type { Signature } from '../../shared/signing/signature';
import { signingPartyLabels } from '../../shared/signing/signingWording';

export function SignatureList({ appraisal }: { appraisal: Appraisal }) {
  const { appraisee, appraiser } = appraisal.signatures;
  return (
    <ol className="signed-by" aria-label="Signatures">
      <SignatureItem
        label={signingPartyLabels.appraisee}
        name={appraisal.header.staffName}
        signature={appraisee}
      />
      <SignatureItem
        label={signingPartyLabels.appraiser}
        name={appraisal.header.appraiserName}
        signature={appraiser}
      />
    </ol>
  );
}

function SignatureItem({
  label,
  name,
  signature,
}: {
  label: string;
  name: string;
  signature: Signature | null;
}) {
  return (
    <li className={signature === null ? 'signed-by__item' : 'signed-by__item signed-by__item--done'}>
      <span className="signed-by__who">
        {label}: <strong>{signature?.fullName ?? name}</strong>
      </span>
      <span className="signed-by__state">
        {signature === null ? 'Not signed yet' : signedText(signature)}
      </span>
    </li>
  );
}

function signedText(signature: Signature): string {
  const time = new Date(signature.signedAt).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  const when = `${formatMomentDate(signature.signedAt)} at ${time}`;
  switch (signature.method) {
    case 'drawn':
      return `Signed on screen, ${when}`;
    case 'typed':
      return `Signed by typing their name as “${signature.typedName}”, ${when}`;
    case 'paper':
      return `Signed on paper on ${formatDate(signature.paperSignedOn)} (recorded ${when})`;
  }
}
