/**
 * A react-hook-form registration whose element is also kept in `ref`, for a dialog that starts
 * with focus on that field (Dialog's initialFocusRef).
 */
import type { RefObject } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

export function keepingRef<Name extends string, Element extends HTMLElement>(
  registration: UseFormRegisterReturn<Name>,
  ref: RefObject<Element | null>,
): UseFormRegisterReturn<Name> {
  return {
    ...registration,
    ref: (element: Element | null) => {
      registration.ref(element);
      ref.current = element;
    },
  };
}
