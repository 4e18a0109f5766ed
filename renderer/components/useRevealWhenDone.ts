/**
 * When long work ends (a pack checked, a pack or bundle made, a backup), its answer may appear
 * below the bottom of the window: this moves focus to the answer and scrolls it into view, so a
 * manager sees it without hunting. Give the returned ref to the answer's region (tabIndex -1).
 */
import { useEffect, useRef } from 'react';

export function useRevealWhenDone<T extends HTMLElement>(busy: boolean) {
  const ref = useRef<T>(null);
  const wasBusy = useRef(false);
  useEffect(() => {
    if (wasBusy.current && !busy && ref.current !== null) {
      ref.current.focus({ preventScroll: true });
      ref.current.scrollIntoView({ block: 'nearest' });
    }
    wasBusy.current = busy;
  }, [busy]);
  return ref;
}
