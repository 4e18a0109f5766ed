/**
 * The polite live region for confirmations. It stays in the page permanently so screen
 * readers announce each new message; each message is a new element so a repeat is re-read.
 * A problem (a save that failed after its screen was left) is an alert inside it.
 */
import { useEffect, useRef } from 'react';
import type { Notice } from './useRouteNotice';

export function StatusMessage({ notice }: { notice: Notice | null }) {
  const regionRef = useRef<HTMLDivElement>(null);
  const id = notice?.id;
  useEffect(() => {
    // A message raised at the bottom of a long form must still be seen.
    if (id !== undefined) regionRef.current?.scrollIntoView({ block: 'nearest' });
  }, [id]);

  return (
    <div ref={regionRef} role="status" className="status-region">
      {notice !== null &&
        (notice.tone === 'problem' ? (
          <p key={notice.id} role="alert" className="notice notice--error">
            {notice.text}
          </p>
        ) : (
          <p key={notice.id} className="notice notice--success">
            {notice.text}
          </p>
        ))}
    </div>
  );
}
