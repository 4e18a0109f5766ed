/**
 * For a button whose work ends in a sentence to show ("Sent to the printer.", "Saved …"):
 * `useOutcomeMessage` runs it with useAction and keeps that sentence until the next press, and
 * `OutcomeMessage` shows the failure as an alert or the sentence as a status.
 */
import { useState } from 'react';
import { useAction } from './useAction';

type Outcome = { kind: 'error'; text: string } | { kind: 'done'; text: string };

interface OutcomeAction<Args extends unknown[]> {
  busy: boolean;
  /** What to show: the failure, else the last sentence, else nothing. */
  message: Outcome | null;
  /** Runs the work; true when it succeeded. */
  run: (...args: Args) => Promise<boolean>;
}

export function useOutcomeMessage<Args extends unknown[]>(
  work: (...args: Args) => Promise<string>,
  fallbackMessage: string,
): OutcomeAction<Args> {
  const [done, setDone] = useState<string | null>(null);
  const working = useAction(work, fallbackMessage);
  const message: Outcome | null =
    working.error !== null
      ? { kind: 'error', text: working.error.message }
      : done === null
        ? null
        : { kind: 'done', text: done };

  async function run(...args: Args): Promise<boolean> {
    setDone(null);
    const outcome = await working.run(...args);
    if (outcome.ok) setDone(outcome.value);
    return outcome.ok;
  }

  return { busy: working.busy, message, run };
}

export function OutcomeMessage({
  message,
  doneClassName,
}: {
  message: Outcome | null;
  doneClassName: string;
}) {
  if (message === null) return null;
  return (
    <p
      role={message.kind === 'error' ? 'alert' : 'status'}
      className={message.kind === 'error' ? 'notice notice--error' : doneClassName}
    >
      {message.text}
    </p>
  );
}
