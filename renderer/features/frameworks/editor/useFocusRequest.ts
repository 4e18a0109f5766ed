/**
 * Moves focus to an element by id after the next render, for controls that only exist (or only
 * move into place) once state has changed: a competency just added, opened or moved.
 */
import { useEffect, useState } from 'react';

export function useFocusRequest(): (elementId: string) => void {
  const [request, setRequest] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (request === null) return;
    const element = document.getElementById(request.id);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest' });
  }, [request]);
  // A new object each time, so asking for the same element twice still moves focus.
  return (id) => setRequest({ id });
}
