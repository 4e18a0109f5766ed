/** Lets any screen show a confirmation ("Saved Łucja Wąsowska") in the layout's status region. */
import { createContext, useContext } from 'react';

/** A confirmation, or something that went wrong after its screen was left (said as an alert). */
export type NoticeTone = 'done' | 'problem';

/**
 * `showOn` is the address the message belongs to, when the caller is about to navigate there;
 * without it, the page the manager is on when the message is raised.
 */
export type Notify = (text: string, showOn?: string, tone?: NoticeTone) => void;

export const NoticeContext = createContext<Notify | null>(null);

export function useNotify(): Notify {
  const notify = useContext(NoticeContext);
  if (notify === null) throw new Error('useNotify must be used inside the app layout.');
  return notify;
}
