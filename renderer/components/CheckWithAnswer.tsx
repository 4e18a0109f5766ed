/**
 * A button that runs a check (saying "Checking…" while it runs) and, under it, the polite live
 * region where the answer appears: the check's own failure, or `children`, the screen's wording
 * of the result.
 */
import type { ReactNode } from 'react';
import type { ActionError } from './actionError';
import { useRevealWhenDone } from './useRevealWhenDone';

interface CheckWithAnswerProps {
  label: string;
  /** The check's useAction: busy while it runs, its failure if it could not be done. */
  checking: { busy: boolean; error: ActionError | null };
  onCheck: () => Promise<void>;
  children: ReactNode;
}

export function CheckWithAnswer({ label, checking, onCheck, children }: CheckWithAnswerProps) {
  const answer = useRevealWhenDone<HTMLDivElement>(checking.busy);
  return (
    <>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void onCheck()}
          disabled={checking.busy}
        >
          {checking.busy ? 'Checking…' : label}
        </button>
      </p>
      <div aria-live="polite" ref={answer} tabIndex={-1}>
        {checking.error !== null && (
          <p role="alert" className="notice notice--error">
            {checking.error.message}
          </p>
        )}
        {children}
      </div>
    </>
  );
}
