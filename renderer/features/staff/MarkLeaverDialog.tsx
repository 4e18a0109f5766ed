/** Asks for the leaving date (today unless changed) and records it; the person's records stay. */
import { useRef, useState } from 'react';
import { formatDate } from '../../../shared/dates';
import { Dialog } from '../../components/Dialog';
import { FormField } from '../../components/FormField';
import { actionError } from '../../components/actionError';
import { useNotify } from '../../components/noticeContext';
import { todayIso } from '../../components/today';
import { useDatabase } from '../../app/databaseContext';
import type { StaffRecord } from '../../db/records';
import { InvalidInputError } from '../../db/repositoryErrors';
import { markLeaver } from '../../actions/markLeaver';

export function MarkLeaverDialog({ member, onClose }: { member: StaffRecord; onClose: () => void }) {
  const db = useDatabase();
  const notify = useNotify();
  const [leavingDate, setLeavingDate] = useState(todayIso);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);

  async function save() {
    if (leavingDate === '') {
      setError('Enter the date they leave or left.');
      dateRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const saved = await markLeaver(db, member.id, leavingDate);
      notify(`Saved ${saved.fullName}: leaving date ${formatDate(leavingDate)}`);
      onClose();
    } catch (caught) {
      setSaving(false);
      setError(
        caught instanceof InvalidInputError
          ? (caught.fieldErrors.leavingDate ?? caught.message)
          : actionError(caught, 'Something went wrong and nothing was saved. Please try again.').message,
      );
      dateRef.current?.focus();
    }
  }

  return (
    <Dialog title={`Mark ${member.fullName} as a leaver`} onCancel={onClose} initialFocusRef={dateRef}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p>
          Their details and any appraisal records are kept. They move to the leavers list after this date.
        </p>
        <FormField id="markLeaverDate" label="Leaving date" hint="Their last day of work." error={error}>
          {(a11y) => (
            <input
              {...a11y}
              ref={dateRef}
              type="date"
              className="input input--date"
              value={leavingDate}
              onChange={(event) => setLeavingDate(event.target.value)}
            />
          )}
        </FormField>
        <div className="form__actions">
          <button type="submit" className="button" disabled={saving}>
            Mark as leaver
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
