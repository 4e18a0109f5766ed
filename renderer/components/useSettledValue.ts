/**
 * A value that follows `value` once it has stayed the same for `quietMs`, as a transition.
 * Typing a search then draws the search box alone: the list it filters is drawn when the typing
 * pauses. On a 2-core office PC, drawing 500 rows' worth of list between keys made the next key
 * late to show (measured: 4 in 32 keys a frame late, against 1 in 32 with the list waiting).
 */
import { startTransition, useEffect, useState } from 'react';

export function useSettledValue<T>(value: T, quietMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setSettled(value)), quietMs);
    return () => clearTimeout(timer);
  }, [value, quietMs]);
  return settled;
}
