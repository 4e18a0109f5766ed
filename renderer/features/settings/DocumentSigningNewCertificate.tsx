/**
 * Making the home's certificate from Settings: the first one straight away (nothing is replaced),
 * or a new one after a dialog that says what happens to documents already signed.
 */
import { useState } from 'react';
import type { SigningStatus } from '../../../shared/documentSigning/signingStatus';
import type { HomeSettings } from '../../../shared/settings/homeSettings';
import { makeSigningCertificate } from '../../actions/documentSigning';
import { useDatabase } from '../../app/databaseContext';
import { ConfirmActionDialog } from '../../components/ConfirmActionDialog';
import { useAction } from '../../components/useAction';

interface DocumentSigningNewCertificateProps {
  /** True when a certificate is in use, so the new one replaces it for new documents. */
  replacing: boolean;
  settings: HomeSettings;
  onMade: (status: SigningStatus) => void;
}

const fallbackMessage = 'The certificate could not be made. Nothing was changed; please try again.';

export function DocumentSigningNewCertificate({
  replacing,
  settings,
  onMade,
}: DocumentSigningNewCertificateProps) {
  const db = useDatabase();
  const [confirming, setConfirming] = useState(false);
  const making = useAction(() => makeSigningCertificate(db), fallbackMessage);
  const names =
    settings.cqcLocationId === ''
      ? settings.homeName
      : `${settings.homeName} (CQC location ID ${settings.cqcLocationId})`;

  async function makeFirst() {
    const outcome = await making.run();
    if (outcome.ok) onMade(outcome.value);
  }

  return (
    <>
      <div className="form__actions">
        {replacing ? (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            Make a new certificate
          </button>
        ) : (
          <button type="button" className="button" disabled={making.busy} onClick={() => void makeFirst()}>
            {making.busy ? 'Making the certificate…' : 'Make the home’s signing certificate now'}
          </button>
        )}
      </div>
      {making.error !== null && (
        <p role="alert" className="notice notice--error signing-answer">
          {making.error.message}
        </p>
      )}
      {confirming && (
        <ConfirmActionDialog
          title="Make a new signing certificate?"
          confirmLabel="Make a new certificate"
          fallbackMessage={fallbackMessage}
          action={async () => {
            onMade(await makeSigningCertificate(db));
            setConfirming(false);
          }}
          onClose={() => setConfirming(false)}
        >
          <p>
            The app makes a new key and certificate naming {names}. Documents sealed from now on are signed
            with the new one.
          </p>
          <p>
            Documents already signed keep the certificate they were signed with, and anyone can still check
            them.
          </p>
        </ConfirmActionDialog>
      )}
    </>
  );
}
