/**
 * For signing on paper: print the appraisal as it stands, marked DRAFT with blank signature
 * blocks, or save that PDF to print elsewhere. Nothing is sealed by this.
 */
import { useState } from 'react';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { makeDraftCopy, printDocument, saveDocumentCopy } from '../../actions/documentCopies';
import { useDatabase } from '../../app/databaseContext';
import { actionError } from '../../components/actionError';
import { documentFileName } from '../../components/documentFileName';

export function PaperCopyActions({ appraisal }: { appraisal: Appraisal }) {
  const db = useDatabase();
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);

  async function run(what: 'print' | 'save') {
    setWorking(true);
    setMessage(null);
    try {
      const request = { appraisal, documentId: await makeDraftCopy(db, appraisal), kind: 'draft' as const };
      const text =
        what === 'print'
          ? await printDocument(request)
          : await saveDocumentCopy({ ...request, suggestedName: documentFileName(appraisal, true) });
      setMessage({ kind: 'done', text });
    } catch (caught) {
      setMessage({
        kind: 'error',
        text: actionError(caught, 'The draft copy could not be made. Please try again.').message,
      });
    } finally {
      setWorking(false);
    }
  }

  return (
    <div className="paper-copy">
      <p className="field__hint">
        The copy is marked DRAFT and has blank signature boxes. Once it is signed, enter the date it was
        signed here and keep the paper copy with the staff file.
      </p>
      <div className="inline-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={working}
          onClick={() => void run('print')}
        >
          Print a copy for signing on paper
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={working}
          onClick={() => void run('save')}
        >
          Save the draft PDF
        </button>
      </div>
      {message !== null && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'notice notice--error' : 'paper-copy__done'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
