/**
 * Both have signed but the record is not sealed yet: sealing is in progress, or it failed (the
 * reason in plain English) and can be tried again, or the signatures removed to correct the text.
 */
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { RemoveSignaturesButton } from '../../components/RemoveSignaturesButton';

interface SealPanelProps {
  appraisal: Appraisal;
  sealing: boolean;
  error: string | null;
  onSeal: () => Promise<void>;
}

export function SealPanel({ appraisal, sealing, error, onSeal }: SealPanelProps) {
  if (sealing) {
    return (
      <p role="status" className="seal-progress">
        Sealing the record and storing its PDF…
      </p>
    );
  }
  return (
    <section className="warning-panel" aria-labelledby="seal-title">
      <h2 id="seal-title" className="warning-panel__title">
        Both have signed, but the record is not sealed yet
      </h2>
      {error !== null ? (
        <p role="alert">{error}</p>
      ) : (
        <p>Sealing did not finish (the app may have been closed). The signatures are kept; seal it now.</p>
      )}
      <p>
        If the problem is in the text (for example a character the document cannot print), remove both
        signatures, correct it, and sign again.
      </p>
      <div className="form__actions">
        <button type="button" className="button" onClick={() => void onSeal()}>
          Try sealing again
        </button>
        <RemoveSignaturesButton appraisal={appraisal} label="Remove both signatures to correct the record" />
      </div>
    </section>
  );
}
