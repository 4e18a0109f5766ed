/** Print, save a copy, and (for the current signed version) amend. Printing and saving are logged by main. */
import { useState } from 'react';
import type { Appraisal, SealedInfo } from '../../../shared/appraisal/appraisal';
import { printDocument, saveDocumentCopy } from '../../actions/documentCopies';
import { actionError } from '../../components/actionError';
import { documentFileName } from '../../components/documentFileName';
import { AmendDialog } from './AmendDialog';

interface DocumentActionsProps {
  appraisal: Appraisal;
  sealed: SealedInfo;
  /** Called after a print or a saved copy, so the activity list shows it. */
  onDone: () => void;
}

export function DocumentActions({ appraisal, sealed, onDone }: DocumentActionsProps) {
  const [working, setWorking] = useState(false);
  const [amending, setAmending] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const request = { appraisal, documentId: sealed.documentId, kind: 'sealed' as const };

  async function run(work: () => Promise<string>) {
    setWorking(true);
    setMessage(null);
    try {
      setMessage({ kind: 'done', text: await work() });
      onDone();
    } catch (caught) {
      setMessage({
        kind: 'error',
        text: actionError(caught, 'Something went wrong. Please try again.').message,
      });
    } finally {
      setWorking(false);
    }
  }

  const print = () => run(() => printDocument(request));
  const save = () => run(() => saveDocumentCopy({ ...request, suggestedName: documentFileName(appraisal) }));

  return (
    <div className="document-actions">
      <div className="inline-actions">
        <button type="button" className="button" disabled={working} onClick={() => void print()}>
          Print
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={working}
          onClick={() => void save()}
        >
          Save a copy
        </button>
        {appraisal.status === 'signed' && (
          <button type="button" className="button button--secondary" onClick={() => setAmending(true)}>
            Amend this record
          </button>
        )}
      </div>
      {message !== null && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'notice notice--error' : 'document-actions__done'}
        >
          {message.text}
        </p>
      )}
      {amending && <AmendDialog appraisal={appraisal} onClose={() => setAmending(false)} />}
    </div>
  );
}
