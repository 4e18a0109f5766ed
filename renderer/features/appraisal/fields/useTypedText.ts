/**
 * The text a field shows, kept by the field itself, so a keystroke renders that field alone.
 * With `deferChange`, the owner is told inside a transition: whatever it sets in state is drawn
 * after the key shows (and put off again if another key comes first). For a draft's fields:
 * the draft's update runs at once on the latest draft (so the autosave and the last-moment copy
 * have every key) and only the redraw of the step waits. Not for an owner whose buttons read the
 * text from its own state, which could still hold the text before the last key.
 *
 * While the owner catches up, the value it hands back can lag behind the screen: a value this
 * field sent is its own keystroke coming back, never something to show again. A value it did
 * not send (changed by something else) replaces what is shown.
 */
import { startTransition, useState } from 'react';

export interface Shown {
  text: string;
  /** The value last handed in. */
  from: string;
  /** Values sent that have not come back yet, oldest first. */
  unanswered: readonly string[];
}

export const shownAtFirst = (value: string): Shown => ({ text: value, from: value, unanswered: [] });

/** A key typed, its text sent on. */
export function typed(shown: Shown, text: string): Shown {
  return { ...shown, text, unanswered: [...shown.unanswered, text] };
}

/** A value handed in: the field's own text coming back, or a change from elsewhere to show. */
export function handedIn(shown: Shown, value: string): Shown {
  if (value === shown.from) return shown;
  const echo = shown.unanswered.indexOf(value);
  return echo === -1
    ? shownAtFirst(value)
    : { text: shown.text, from: value, unanswered: shown.unanswered.slice(echo + 1) };
}

export function useTypedText(
  value: string,
  onValueChange: (value: string) => void,
  deferChange: boolean,
): [text: string, type: (text: string) => void] {
  const [shown, setShown] = useState(() => shownAtFirst(value));
  // Adjusting state while rendering, as React advises for a value handed in.
  const current = handedIn(shown, value);
  if (current !== shown) setShown(current);
  const type = (text: string) => {
    if (!deferChange) {
      // The owner's state is the field's: nothing to keep apart.
      setShown(shownAtFirst(text));
      onValueChange(text);
      return;
    }
    setShown((before) => typed(before, text));
    startTransition(() => onValueChange(text));
  };
  return [current.text, type];
}
