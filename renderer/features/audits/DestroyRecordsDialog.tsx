/**
 * Destroying a leaver's records once retention has passed. The manager must type the person's
 * full name; then main decides from its own facts, logs the destruction and removes the signed
 * files, and the working store drops their appraisals and register entry.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatDate } from '../../../shared/dates';
import {
  destroyConfirmationSchema,
  type DestroyConfirmationValues,
} from '../../../shared/staff/destroyConfirmation';
import { actionError, ActionErrorNotice, type ActionError } from '../../components/actionError';
import { Dialog } from '../../components/Dialog';
import { FormField } from '../../components/FormField';
import { FormActions } from '../../components/FormActions';
import { keepingRef } from '../../components/keepingRef';
import { useNotify } from '../../components/noticeContext';
import { useDatabase } from '../../app/databaseContext';
import { destroyLeaverRecords } from '../../actions/destroyLeaverRecords';
import type { LeaverRetention } from '../../db/retention';

interface DestroyRecordsDialogProps {
  leaver: LeaverRetention;
  onClose: () => void;
}

export function DestroyRecordsDialog({ leaver, onClose }: DestroyRecordsDialogProps) {
  const db = useDatabase();
  const notify = useNotify();
  const inputRef = useRef<HTMLInputElement>(null);
  const { fullName } = leaver.staff;
  const { register, handleSubmit, formState } = useForm<DestroyConfirmationValues>({
    resolver: zodResolver(destroyConfirmationSchema(fullName)),
    // A message stays until the next press of the button, as it always has.
    reValidateMode: 'onSubmit',
    defaultValues: { typedName: '' },
  });
  const [error, setError] = useState<ActionError | null>(null);
  // Busy from a confirmed name until it fails; once done the dialog closes.
  const [destroying, setDestroying] = useState(false);

  async function destroy() {
    setError(null);
    setDestroying(true);
    try {
      const removed = await destroyLeaverRecords(db, leaver.staff.id);
      notify(
        `Destroyed the records of ${removed.fullName}: ${plural(removed.appraisals, 'appraisal record')} and ${plural(removed.signedDocuments, 'signed document')}.`,
      );
      onClose();
    } catch (caught) {
      setDestroying(false);
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
          void handleSubmit(destroy)(event);
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
          error={formState.errors.typedName?.message}
        >
          {(a11y) => (
            <input
              {...a11y}
              {...keepingRef(register('typedName'), inputRef)}
              className="input"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </FormField>
        <ActionErrorNotice error={error} />
        <FormActions
          submitLabel="Destroy these records"
          busy={destroying}
          busyLabel="Destroying…"
          danger
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
