/** Asks for the leaving date (today unless changed) and records it; the person's records stay. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatDate } from '../../../shared/dates';
import { Dialog } from '../../components/Dialog';
import { FormField } from '../../components/FormField';
import { FormActions } from '../../components/FormActions';
import { actionError } from '../../components/actionError';
import { keepingRef } from '../../components/keepingRef';
import { useNotify } from '../../components/noticeContext';
import { todayIso } from '../../components/today';
import { useDatabase } from '../../app/databaseContext';
import type { StaffRecord } from '../../db/records';
import { InvalidInputError } from '../../db/repositoryErrors';
import { markLeaver } from '../../actions/markLeaver';
import { markLeaverSchema, type MarkLeaverFormValues } from './markLeaverSchema';

export function MarkLeaverDialog({ member, onClose }: { member: StaffRecord; onClose: () => void }) {
  const db = useDatabase();
  const notify = useNotify();
  const { register, handleSubmit, setError, formState } = useForm<MarkLeaverFormValues>({
    resolver: zodResolver(markLeaverSchema),
    // A message stays until the next press of the button, as it always has.
    reValidateMode: 'onSubmit',
    defaultValues: { leavingDate: todayIso() },
  });
  // Busy from a checked date until it is refused; once saved the dialog closes.
  const [saving, setSaving] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);

  async function save({ leavingDate }: MarkLeaverFormValues) {
    setSaving(true);
    try {
      const marked = await markLeaver(db, member.id, leavingDate);
      notify(`Saved ${marked.fullName}: leaving date ${formatDate(leavingDate)}`);
      onClose();
    } catch (caught) {
      setSaving(false);
      const message =
        caught instanceof InvalidInputError
          ? (caught.fieldErrors.leavingDate ?? caught.message)
          : actionError(caught, 'Something went wrong and nothing was saved. Please try again.').message;
      setError('leavingDate', { message }, { shouldFocus: true });
    }
  }

  return (
    <Dialog title={`Mark ${member.fullName} as a leaver`} onCancel={onClose} initialFocusRef={dateRef}>
      <form
        noValidate
        onSubmit={(event) => {
          void handleSubmit(save)(event);
        }}
      >
        <p>
          Their details and any appraisal records are kept. They move to the leavers list after this date.
        </p>
        <FormField
          id="markLeaverDate"
          label="Leaving date"
          hint="Their last day of work."
          error={formState.errors.leavingDate?.message}
        >
          {(a11y) => (
            <input
              {...a11y}
              {...keepingRef(register('leavingDate'), dateRef)}
              type="date"
              className="input input--date"
            />
          )}
        </FormField>
        <FormActions submitLabel="Mark as leaver" busy={saving} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
