/** Confirms discarding a draft, naming the person; focus starts on Cancel, the safe choice. */
import { useRef, useState } from 'react';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { useDatabase } from '../../../app/databaseContext';
import { Dialog } from '../../../components/Dialog';
import { useNotify } from '../../../components/noticeContext';
import { discardDraft } from '../../../db/appraisalRepository';
import { RefusedChangeError } from '../../../db/repositoryErrors';
import { clearJournal } from '../editor/unsavedJournal';

export function DiscardDraftDialog({ draft, onClose }: { draft: Appraisal; onClose: () => void }) {
  const db = useDatabase();
  const notify = useNotify();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = draft.header.staffName;

  async function confirm() {
    setBusy(true);
    try {
      await discardDraft(db, draft.id);
      clearJournal(draft.id);
      notify(`Discarded the draft appraisal of ${name}`);
      onClose();
    } catch (caught) {
      setBusy(false);
      setError(
        caught instanceof RefusedChangeError
          ? caught.message
          : 'Something went wrong and nothing was discarded. Please try again.',
      );
    }
  }

  return (
    <Dialog title={`Discard the draft appraisal of ${name}?`} onCancel={onClose} initialFocusRef={cancelRef}>
      <p>
        Everything written in this draft will be deleted for good. This cannot be undone. {name} stays on the
        staff register, and you can start a new appraisal at any time.
      </p>
      {error !== null && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={busy || error !== null}
          onClick={() => {
            void confirm();
          }}
        >
          Discard the draft
        </button>
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
