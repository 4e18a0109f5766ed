/**
 * One click handler for every TableLink in a table: a plain click (or Enter) on one moves to its
 * screen as a router link does (a new history entry, no page load); a click with a modifier key
 * or another button is left to the browser, as a router link leaves it.
 */
import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

export function useTableLinks(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[data-route]') : null;
      const route = link?.getAttribute('data-route') ?? null;
      if (link === null || route === null || !event.currentTarget.contains(link)) return;
      event.preventDefault();
      void navigate(route);
    },
    [navigate],
  );
}
