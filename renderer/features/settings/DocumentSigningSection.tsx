/**
 * Settings → Document signing: the certificate every sealed appraisal is signed with, so anyone
 * can check it in a PDF reader. Before the first seal there is none yet; the manager can make it
 * now, make a new one, or import the provider's. Main keeps the key and logs every change.
 */
import { useEffect, useState } from 'react';
import { certificateName } from '../../../shared/documentSigning/certificateSummary';
import type { SigningStatus } from '../../../shared/documentSigning/signingStatus';
import type { HomeSettings } from '../../../shared/settings/homeSettings';
import { readSigningStatus } from '../../actions/documentSigning';
import { actionError } from '../../components/actionError';
import { DocumentSigningCertificate } from './DocumentSigningCertificate';
import { DocumentSigningImportForm } from './DocumentSigningImportForm';
import { DocumentSigningNewCertificate } from './DocumentSigningNewCertificate';
import { namesAnOlderHome } from './documentSigningWording';
import './settings.css';

/** Who the certificate in use names, or `otherwise` if main sent none (it always does after a change). */
function nameOf(status: SigningStatus, otherwise: string): string {
  return status.certificate === null ? otherwise : certificateName(status.certificate);
}

export function DocumentSigningSection({ settings }: { settings: HomeSettings }) {
  const [status, setStatus] = useState<SigningStatus | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  // The last change made here, said beside the part that made it.
  const [said, setSaid] = useState<{ by: 'make' | 'import'; text: string } | null>(null);

  useEffect(() => {
    let current = true;
    readSigningStatus().then(
      (value) => current && setStatus(value),
      (error: unknown) =>
        current &&
        setReadError(
          actionError(error, 'The signing certificate could not be read. Please try again later.').message,
        ),
    );
    return () => {
      current = false;
    };
  }, []);

  const certificate = status?.certificate ?? null;
  return (
    <section className="panel settings-section" aria-labelledby="settings-signing">
      <h2 id="settings-signing">Document signing</h2>
      <p>
        Every sealed appraisal is signed digitally, so anyone can see in a PDF reader (Adobe Reader, for
        example) that it comes from the home and has not been changed since.
      </p>
      {readError !== null && (
        <p role="alert" className="notice notice--error">
          {readError}
        </p>
      )}
      {status === null && readError === null && <p className="muted">Reading the certificate…</p>}
      {status !== null && certificate === null && (
        <p>
          There is no certificate yet. The app makes one, naming the home, when the first appraisal is sealed.
          You can make it now instead.
        </p>
      )}
      {status !== null && certificate !== null && (
        <>
          <h3>
            {status.usable
              ? 'The certificate new documents are signed with'
              : 'The certificate found in the data folder'}
          </h3>
          {!status.usable && (
            <p role="alert" className="notice signing-stale" data-testid="signing-key-unusable">
              This PC cannot unlock the signing key kept with this certificate: the data folder came from
              another PC or Windows user, or the file is damaged. Documents signed with it stay verifiable. A
              new certificate will be made when the next appraisal is sealed, or you can make one now.
            </p>
          )}
          <DocumentSigningCertificate certificate={certificate} status={status} />
          {namesAnOlderHome(status, settings) && (
            <p className="notice signing-stale">
              The home’s name or CQC location ID has changed since this certificate was made. Make a new
              certificate so new documents name the home as it is now.
            </p>
          )}
        </>
      )}
      {status !== null && (
        <>
          <DocumentSigningNewCertificate
            replacing={certificate !== null}
            settings={settings}
            onMade={(next) => {
              const what = certificate === null ? 'Made the home’s certificate' : 'Made a new certificate';
              setStatus(next);
              setSaid({
                by: 'make',
                text: `${what} for ${nameOf(next, 'the home')}. New documents are signed with it.`,
              });
            }}
          />
          <div aria-live="polite">
            {said?.by === 'make' && <p className="notice notice--success signing-answer">{said.text}</p>}
          </div>
          <DocumentSigningImportForm
            doneMessage={said?.by === 'import' ? said.text : null}
            onStart={() => setSaid(null)}
            onImported={(next, fileName) => {
              setStatus(next);
              setSaid({
                by: 'import',
                text: `Imported the certificate for ${nameOf(next, fileName)}. New documents are signed with it from now on.`,
              });
            }}
          />
        </>
      )}
    </section>
  );
}
