/**
 * The buttons under a form or a dialog's form: the submit button, disabled while the work runs
 * (saying `busyLabel` then, if given), and Cancel beside it. A danger button is for work that
 * cannot be undone.
 */
interface FormActionsProps {
  submitLabel: string;
  busy: boolean;
  busyLabel?: string;
  danger?: boolean;
  onCancel: () => void;
}

export function FormActions({ submitLabel, busy, busyLabel, danger = false, onCancel }: FormActionsProps) {
  return (
    <div className="form__actions">
      <button type="submit" className={danger ? 'button button--danger' : 'button'} disabled={busy}>
        {busy && busyLabel !== undefined ? busyLabel : submitLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
