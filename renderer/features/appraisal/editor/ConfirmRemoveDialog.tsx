/** Asks before removing an entry that has text in it; Cancel (the safe choice) has focus. */
import { useRef } from 'react';
import { Dialog } from '../../../components/Dialog';

interface ConfirmRemoveDialogProps {
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmRemoveDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmRemoveDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={title} onCancel={onCancel} initialFocusRef={cancelRef}>
      {children}
      <div className="form__actions">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
