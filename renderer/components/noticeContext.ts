/** Lets any screen show a confirmation ("Saved Łucja Wąsowska") in the layout's status region. */
import { createContext, useContext } from 'react';

/** `showOn` is the address the message belongs to, when the caller is about to navigate there. */
export type Notify = (text: string, showOn?: string) => void;

export const NoticeContext = createContext<Notify | null>(null);

export function useNotify(): Notify {
  const notify = useContext(NoticeContext);
  if (notify === null) throw new Error('useNotify must be used inside the app layout.');
  return notify;
}
