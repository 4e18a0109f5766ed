/**
 * A modal dialog on the native <dialog> element: the browser keeps focus inside it and
 * makes the page behind inert. Escape cancels. Focus starts on `initialFocusRef` (the safe
 * choice) and returns to whatever opened the dialog, or to the page heading if that is gone.
 * Render it only while it is open.
 */
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

interface DialogProps {
  title: string;
  onCancel: () => void;
  initialFocusRef?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

export function Dialog({ title, onCancel, initialFocusRef, children }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    initialFocusRef?.current?.focus();
    return () => {
      dialog.close();
      if (opener?.isConnected === true) opener.focus();
      else document.querySelector<HTMLElement>('main h1')?.focus();
    };
  }, [initialFocusRef]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Closing is the parent's decision (it unmounts us); Escape just asks for it.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
