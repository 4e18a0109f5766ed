/**
 * Asks before an action that cannot be undone (delete, discard, publish, retire). Focus starts
 * on Cancel, the safe choice; a refusal is shown here and the dialog stays open to read it.
 */
import { useRef, useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import { actionError, ActionErrorNotice, type ActionError } from './actionError';

interface ConfirmActionDialogProps {
  title: string;
  confirmLabel: string;
  danger?: boolean;
  /** Does the work; throws the repository's error if it is refused. */
  action: () => Promise<void>;
  /** Shown when the action fails for a reason that has no message of its own. */
  fallbackMessage?: string;
  onClose: () => void;
  children: ReactNode;
}

export function ConfirmActionDialog({
  title,
  confirmLabel,
  danger = false,
  action,
  fallbackMessage = 'Something went wrong and nothing was changed. Please try again.',
  onClose,
  children,
}: ConfirmActionDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [working, setWorking] = useState(false);

  async function confirm() {
    setWorking(true);
    try {
      await action();
    } catch (caught) {
      setWorking(false);
      setError(actionError(caught, fallbackMessage));
    }
  }

  return (
    <Dialog title={title} onCancel={onClose} initialFocusRef={cancelRef}>
      {children}
      <ActionErrorNotice error={error} />
      <div className="form__actions">
        <button
          type="button"
          className={danger ? 'button button--danger' : 'button'}
          disabled={working || error !== null}
          onClick={() => {
            void confirm();
          }}
        >
          {confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onClose}>
          {error === null ? 'Cancel' : 'Close'}
        </button>
      </div>
    </Dialog>
  );
}
