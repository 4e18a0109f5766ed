/**
 * Destroying a leaver's records once retention has passed. The manager must type the person's
 * full name; then main decides from its own facts, logs the destruction and removes the signed
 * files, and the working store drops their appraisals and register entry.
 */
import { useRef, useState } from 'react';
import { formatDate } from '../../../shared/dates';
import { actionError, ActionErrorNotice, type ActionError } from '../../components/actionError';
import { Dialog } from '../../components/Dialog';
import { FormField } from '../../components/FormField';
import { useNotify } from '../../components/noticeContext';
import { useDatabase } from '../../app/databaseContext';
import { destroyLeaverRecords } from '../../actions/destroyLeaverRecords';
import { confirmsFullName, type LeaverRetention } from '../../db/retention';

interface DestroyRecordsDialogProps {
  leaver: LeaverRetention;
  onClose: () => void;
}

export function DestroyRecordsDialog({ leaver, onClose }: DestroyRecordsDialogProps) {
  const db = useDatabase();
  const notify = useNotify();
  const inputRef = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<ActionError | null>(null);
  const [working, setWorking] = useState(false);
  const { fullName } = leaver.staff;

  async function destroy() {
    if (!confirmsFullName(typed, fullName)) {
      setTypedError(`Type ${fullName} exactly as shown to confirm.`);
      inputRef.current?.focus();
      return;
    }
    setTypedError(undefined);
    setError(null);
    setWorking(true);
    try {
      const removed = await destroyLeaverRecords(db, leaver.staff.id);
      notify(
        `Destroyed the records of ${removed.fullName}: ${plural(removed.appraisals, 'appraisal record')} and ${plural(removed.signedDocuments, 'signed document')}.`,
      );
      onClose();
    } catch (caught) {
      setWorking(false);
      setError(
        actionError(
          caught,
          'Something went wrong and the records may not all be destroyed. Please try again.',
        ),
      );
    }
  }

  return (
    <Dialog title={`Destroy the records of ${fullName}`} onCancel={onClose} initialFocusRef={inputRef}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void destroy();
        }}
      >
        <p>
          {fullName} left on {formatDate(leaver.leavingDate)}. Their records had to be kept until{' '}
          {formatDate(leaver.mayBeDestroyedFrom)}.
        </p>
        <p>This permanently destroys:</p>
        <ul>
          <li>{plural(leaver.appraisalCount, 'appraisal record')} (drafts included);</li>
          <li>
            {plural(leaver.documentIds.length, 'signed document')} (PDF and sealed record) kept by the app;
          </li>
          <li>their entry on the staff register.</li>
        </ul>
        <p>
          It cannot be undone. The audit log keeps a note that records were destroyed, when and by whom, but
          not their name. Copies already handed out (printed or in earlier packs) are not affected.
        </p>
        <FormField
          id="destroyConfirmName"
          label={`Type their full name to confirm: ${fullName}`}
          error={typedError}
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={inputRef}
              className="input"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          )}
        </FormField>
        <ActionErrorNotice error={error} />
        <div className="form__actions">
          <button type="submit" className="button button--danger" disabled={working}>
            {working ? 'Destroying…' : 'Destroy these records'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
