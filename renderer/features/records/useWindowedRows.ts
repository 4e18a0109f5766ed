/**
 * Windowing for long tables: only the rows in view (plus a margin) are in the page, with
 * spacer rows keeping the scroll bar honest, so 500 people scroll as smoothly as 20. Short
 * lists render whole (find-in-page and screen readers then see every row).
 */
import { useCallback, useEffect, useState, type UIEvent } from 'react';

/** At or below this many rows, everything is rendered. */
export const windowingThreshold = 80;
const overscan = 12;

export interface WindowedRows {
  start: number;
  end: number;
  /** Heights in pixels of the spacer rows before and after the rendered ones. */
  before: number;
  after: number;
  windowed: boolean;
  /** A callback ref for the scrolling box (state, not a ref object, so rendering never reads a ref). */
  setScrollBox: (box: HTMLDivElement | null) => void;
  onScroll: (event: UIEvent<HTMLDivElement>) => void;
}

export function useWindowedRows(count: number, rowHeight: number): WindowedRows {
  const [box, setScrollBox] = useState<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const windowed = count > windowingThreshold;

  useEffect(() => {
    if (box === null || !windowed) return;
    const observer = new ResizeObserver(() => setViewHeight(box.clientHeight));
    observer.observe(box);
    return () => observer.disconnect();
  }, [box, windowed]);

  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    setScrollTop(event.currentTarget.scrollTop);
  }, []);

  if (!windowed) return { start: 0, end: count, before: 0, after: 0, windowed, setScrollBox, onScroll };
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  return {
    start,
    end,
    before: start * rowHeight,
    after: (count - end) * rowHeight,
    windowed,
    setScrollBox,
    onScroll,
  };
}
