/**
 * Print, open in the PC's PDF reader, save a copy, and (for the current signed version) amend.
 * Printing and copies are logged by main.
 */
import { useState } from 'react';
import type { Appraisal, SealedInfo } from '../../../shared/appraisal/appraisal';
import { openInPdfReader, printDocument, saveDocumentCopy } from '../../actions/documentCopies';
import { OutcomeMessage, useOutcomeMessage } from '../../components/OutcomeMessage';
import { documentFileName } from '../../components/documentFileName';
import { AmendDialog } from './AmendDialog';

interface DocumentActionsProps {
  appraisal: Appraisal;
  sealed: SealedInfo;
  /** Called after a print or a saved copy, so the activity list shows it. */
  onDone: () => void;
}

export function DocumentActions({ appraisal, sealed, onDone }: DocumentActionsProps) {
  const [amending, setAmending] = useState(false);
  const working = useOutcomeMessage(
    (work: () => Promise<string>) => work(),
    'Something went wrong. Please try again.',
  );
  const request = { appraisal, documentId: sealed.documentId, kind: 'sealed' as const };

  async function run(work: () => Promise<string>) {
    if (await working.run(work)) onDone();
  }

  const print = () => run(() => printDocument(request));
  const save = () => run(() => saveDocumentCopy({ ...request, suggestedName: documentFileName(appraisal) }));
  const openInReader = () =>
    run(() => openInPdfReader({ ...request, suggestedName: documentFileName(appraisal) }));

  return (
    <div className="document-actions">
      <div className="inline-actions">
        <button type="button" className="button" disabled={working.busy} onClick={() => void print()}>
          Print
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={working.busy}
          onClick={() => void openInReader()}
        >
          Open in my PDF reader
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={working.busy}
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
      <OutcomeMessage message={working.message} doneClassName="document-actions__done" />
      {amending && <AmendDialog appraisal={appraisal} onClose={() => setAmending(false)} />}
    </div>
  );
}
