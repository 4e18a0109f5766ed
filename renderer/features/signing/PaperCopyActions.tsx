/**
 * For signing on paper: print the appraisal as it stands, marked DRAFT with blank signature
 * blocks, open that PDF in the PC's own reader, or save it to print elsewhere. Nothing is sealed by this.
 */
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import {
  makeDraftCopy,
  openInPdfReader,
  printDocument,
  saveDocumentCopy,
} from '../../actions/documentCopies';
import { useDatabase } from '../../app/databaseContext';
import { documentFileName } from '../../components/documentFileName';
import { OutcomeMessage, useOutcomeMessage } from '../../components/OutcomeMessage';

export function PaperCopyActions({ appraisal }: { appraisal: Appraisal }) {
  const db = useDatabase();
  const working = useOutcomeMessage(async (what: 'print' | 'open' | 'save') => {
    const request = { appraisal, documentId: await makeDraftCopy(db, appraisal), kind: 'draft' as const };
    const named = { ...request, suggestedName: documentFileName(appraisal, true) };
    if (what === 'print') return printDocument(request);
    return what === 'open' ? openInPdfReader(named) : saveDocumentCopy(named);
  }, 'The draft copy could not be made. Please try again.');
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
          disabled={working.busy}
          onClick={() => void working.run('print')}
        >
          Print a copy for signing on paper
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={working.busy}
          onClick={() => void working.run('open')}
        >
          Open in my PDF reader
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={working.busy}
          onClick={() => void working.run('save')}
        >
          Save the draft PDF
        </button>
      </div>
      <OutcomeMessage message={working.message} doneClassName="paper-copy__done" />
    </div>
  );
}
