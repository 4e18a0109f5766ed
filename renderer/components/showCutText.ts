/**
 * Text cut short to fit its column (class `cut-text`) is given in full, line for line, as a
 * tooltip when the pointer rests on it; text that fits gets none. Set as the pointer arrives
 * rather than for every row drawn: only then is it known whether the text was cut (and the
 * table may have been resized since).
 */
import type { PointerEvent } from 'react';

export function showCutText(event: PointerEvent<HTMLElement>): void {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const text = target.closest<HTMLElement>('.cut-text');
  if (text === null) return;
  if (text.scrollWidth > text.clientWidth) text.title = text.innerText;
  else text.removeAttribute('title');
}
