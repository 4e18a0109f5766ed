/**
 * Keeps a confirmation on screen for the page it belongs to, and clears it once the manager
 * moves on to another page. A message can be raised just before navigating to its page
 * ("Saved …" then back to the register), so it waits to arrive there before it can expire.
 */
import { useCallback, useState } from 'react';
import type { Notify } from './noticeContext';

export interface Notice {
  id: number;
  text: string;
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

  const notify = useCallback<Notify>(
    (text, showOn = pathname) =>
      setCurrent((previous) => ({
        id: (previous?.id ?? 0) + 1,
        text,
        pathname: showOn,
        arrived: showOn === pathname,
      })),
    [pathname],
  );

  const notice =
    current !== null && current.pathname === pathname ? { id: current.id, text: current.text } : null;
  return { notice, notify };
}
