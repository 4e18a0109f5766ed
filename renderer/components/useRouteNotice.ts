/**
 * Keeps a confirmation on screen for the page it belongs to, and clears it once the manager
 * moves on to another page. A message can be raised just before navigating to its page
 * ("Saved …" then back to the register), so it waits to arrive there before it can expire.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { NoticeTone, Notify } from './noticeContext';

export interface Notice {
  id: number;
  text: string;
  tone: NoticeTone;
}

interface PendingNotice extends Notice {
  pathname: string;
  arrived: boolean;
}

export function useRouteNotice(pathname: string): { notice: Notice | null; notify: Notify } {
  const [current, setCurrent] = useState<PendingNotice | null>(null);
  const [lastPathname, setLastPathname] = useState(pathname);

  // Adjusting state while rendering (not in an effect) avoids a frame showing a stale message.
  if (lastPathname !== pathname) {
    setLastPathname(pathname);
    if (current !== null && current.pathname === pathname) setCurrent({ ...current, arrived: true });
    else if (current?.arrived === true) setCurrent(null);
  }

  // Read when a message is raised, not when `notify` was handed out: a screen that is being
  // left (a save failing as the manager moves on) must speak on the page they went to.
  const pathnameRef = useRef(pathname);
  useLayoutEffect(() => {
    pathnameRef.current = pathname;
  }, [pathname]);

  const notify = useCallback<Notify>((text, showOn, tone = 'done') => {
    const now = pathnameRef.current;
    const target = showOn ?? now;
    setCurrent((previous) => ({
      id: (previous?.id ?? 0) + 1,
      text,
      tone,
      pathname: target,
      arrived: target === now,
    }));
  }, []);

  const notice =
    current !== null && current.pathname === pathname
      ? { id: current.id, text: current.text, tone: current.tone }
      : null;
  return { notice, notify };
}
