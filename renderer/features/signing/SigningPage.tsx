/**
 * Signatures for one appraisal: the appraisee signs first (which freezes the record), then the
 * appraiser countersigns, which seals it. An amendment shows what it changes first, so both
 * sign knowing. Refused with the checklist while anything is missing; a sealed appraisal goes
 * straight to its document.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useLayoutEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { findMissing } from '../../../shared/appraisal/readiness';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import type { Signature } from '../../../shared/signing/signature';
import { readNotAgreedNote } from '../../../shared/signing/signingWording';
import { useDatabase } from '../../app/databaseContext';
import { useNotify } from '../../components/noticeContext';
import { AmendmentChanges } from '../../components/AmendmentChanges';
import { AppraisalNotFound } from '../../components/AppraisalNotFound';
import { PageHeading } from '../../components/PageHeading';
import { getAppraisal } from '../../db/appraisalRepository';
import { getFrameworkVersion } from '../../db/frameworkRepository';
import { sealCountersigned, type SealOutcome } from '../../actions/sealAppraisal';
import { signAppraisal } from '../../actions/signAppraisal';
import { appraisalDocumentPath, appraisalStepPath } from '../../app/paths';
import { MissingChecklist } from './MissingChecklist';
import { RemoveSignaturesButton } from '../../components/RemoveSignaturesButton';
import { SealPanel } from './SealPanel';
import { SignatureForm } from './SignatureForm';
import { SignedByList } from './SignedByList';

export function SigningPage() {
  const { appraisalId = '' } = useParams();
  const db = useDatabase();
  const loaded = useLiveQuery(async () => {
    const appraisal = await getAppraisal(db, appraisalId);
    if (appraisal === undefined) return { appraisal: null, framework: null, missing: [] };
    const framework = await getFrameworkVersion(db, appraisal.framework);
    return { appraisal, framework, missing: framework === null ? null : findMissing(appraisal, framework) };
  }, [db, appraisalId]);

  if (loaded === undefined) return null;
  const { appraisal, framework, missing } = loaded;
  if (appraisal === null) {
    return <AppraisalNotFound />;
  }
  if (appraisal.status !== 'draft') return <Navigate to={appraisalDocumentPath(appraisal.id)} replace />;
  return <SigningSteps appraisal={appraisal} framework={framework} missing={missing} />;
}

function SigningSteps({
  appraisal,
  framework,
  missing,
}: {
  appraisal: Appraisal;
  framework: Framework | null;
  missing: ReturnType<typeof findMissing> | null;
}) {
  const db = useDatabase();
  const navigate = useNavigate();
  const notify = useNotify();
  const [sealError, setSealError] = useState<string | null>(null);
  const [sealing, setSealing] = useState(false);
  const [warning, setWarning] = useState<string | null>(null);
  const { header, signatures } = appraisal;
  const name = header.staffName;

  function sealed(outcome: SealOutcome) {
    setSealing(false);
    if (!outcome.sealed) {
      setSealError(outcome.message);
      return;
    }
    notify(
      outcome.adopted ?? `Signed and sealed the appraisal of ${name}`,
      appraisalDocumentPath(appraisal.id),
    );
    void navigate(appraisalDocumentPath(appraisal.id));
  }

  async function sealAgain() {
    setSealError(null);
    setSealing(true);
    sealed(await sealCountersigned(db, appraisal));
  }

  // Set while the appraisee's signature is being stored here, so the page moves to the top once.
  const appraiseeSigning = useRef(false);
  // Back to the top as the appraisee's signature first shows (the banner says who has signed and
  // the countersignature comes next): in the same commit that draws the appraiser's form, before
  // it is painted, so a click on that form can never land after the page has jumped under it.
  useLayoutEffect(() => {
    if (signatures.appraisee === null || !appraiseeSigning.current) return;
    appraiseeSigning.current = false;
    window.scrollTo({ top: 0 });
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [signatures.appraisee]);

  async function sign(signature: Signature) {
    if (signature.party === 'appraiser') {
      setSealError(null);
      setSealing(true);
    } else {
      appraiseeSigning.current = true;
    }
    const outcome = await signAppraisal(db, appraisal.id, signature)
      .catch((error: unknown) => {
        appraiseeSigning.current = false;
        throw error;
      })
      .finally(() => setSealing(false));
    setWarning(outcome.warning);
    if (outcome.seal !== null) sealed(outcome.seal);
  }

  const intro = (
    <>
      <p className="page-heading__context">Appraisal</p>
      <PageHeading title={`Signatures: ${name}`} />
      <p className="signing-note">{readNotAgreedNote}</p>
    </>
  );

  if (signatures.appraisee === null && missing !== null && missing.length > 0) {
    return (
      <>
        {intro}
        <MissingChecklist appraisalId={appraisal.id} missing={missing} />
      </>
    );
  }

  return (
    <div className="signing">
      {intro}
      {warning !== null && (
        <p role="alert" className="notice notice--error">
          {warning}
        </p>
      )}
      <AmendmentChanges appraisal={appraisal} framework={framework} headingLevel={2} />
      <SignedByList appraisal={appraisal} />

      {signatures.appraisee === null && (
        <section aria-labelledby="appraisee-signs">
          <h2 id="appraisee-signs">1. {name} signs</h2>
          <div className="signing-reminder">
            <p>
              <strong>Before {name} signs:</strong> if they disagree with anything, add it to their comments
              first. Once they sign, the appraisal cannot be changed unless the signature is removed.
            </p>
            <Link to={appraisalStepPath(appraisal.id, 'appraisee-comments')}>
              Go to {name}&rsquo;s comments
            </Link>
          </div>
          <SignatureForm
            key="appraisee"
            party="appraisee"
            appraisal={appraisal}
            submitLabel={`Sign as ${name}`}
            consequence={`Next, ${header.appraiserName || 'the appraiser'} countersigns.`}
            onSign={sign}
          />
        </section>
      )}

      {signatures.appraisee !== null && signatures.appraiser === null && (
        <section aria-labelledby="appraiser-signs">
          <div className="locked-banner" role="note">
            <p className="locked-banner__title">
              Signed by the appraisee — waiting for the appraiser&rsquo;s countersignature
            </p>
            <p>
              The appraisal can no longer be changed. To change anything, remove {name}&rsquo;s signature
              first; they will then need to sign again.
            </p>
            <RemoveSignaturesButton
              appraisal={appraisal}
              label="Remove the appraisee's signature to make changes"
            />
          </div>
          <h2 id="appraiser-signs">2. {header.appraiserName || 'The appraiser'} countersigns</h2>
          <SignatureForm
            key="appraiser"
            party="appraiser"
            appraisal={appraisal}
            submitLabel="Countersign and seal the record"
            consequence="Countersigning seals the record: it is locked, its PDF is stored, and any later correction is made as an amendment."
            onSign={sign}
          />
        </section>
      )}

      {signatures.appraisee !== null && signatures.appraiser !== null && (
        <SealPanel appraisal={appraisal} sealing={sealing} error={sealError} onSeal={() => sealAgain()} />
      )}
    </div>
  );
}
