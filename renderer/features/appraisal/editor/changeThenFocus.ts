/**
 * Makes a change the manager asked for (an entry added or removed) and moves the keyboard to
 * what it drew, before the next key is handled. Focusing on the next frame instead left a gap
 * on a busy PC: keys typed straight after "Add an objective" reached the button, were lost,
 * and a space pressed it again.
 */
import { flushSync } from 'react-dom';

export function changeThenFocus(elementId: string, change: () => void): void {
  flushSync(change);
  const element = document.getElementById(elementId);
  element?.focus();
  element?.scrollIntoView({ block: 'center' });
}
