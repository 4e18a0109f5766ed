/**
 * Windowing for long tables, on TanStack Virtual: only the rows in view (plus a margin) are in
 * the page, with spacer rows keeping the scroll bar honest, so 500 people scroll as smoothly as
 * 20. Short lists render whole (find-in-page and screen readers then see every row).
 *
 * The table stays a real table (a spacer row above and below the drawn rows, never positioned
 * rows), so its headings, row headers and keyboard order are the browser's own. A windowed
 * table's cells do not wrap, so every row has the same height and nothing is measured. The
 * header above the first row is not subtracted from the scroll position: the margin of rows
 * drawn either side of the view is far taller than it.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useState, type CSSProperties } from 'react';
import './virtualRows.css';

/** At or below this many rows, everything is rendered. */
const windowingThreshold = 80;
/** Rows drawn above and below the ones in view. */
const overscan = 12;
/** The box's height until it has been measured (it is at most 32rem, about 512 pixels). */
const assumedViewHeight = 600;

export interface VirtualRows {
  /** The rows to draw: `rows.slice(start, end)`. */
  start: number;
  end: number;
  /** Heights in pixels of the spacer rows before and after the drawn ones (0: no spacer). */
  before: number;
  after: number;
  windowed: boolean;
  /** The scrolling box's classes: it scrolls inside itself only when windowed. */
  boxClassName: string;
  /** Each drawn row's style: its fixed height when windowed. */
  rowStyle: CSSProperties | undefined;
  /** A callback ref for the scrolling box (state, not a ref object, so rendering never reads a ref). */
  setScrollBox: (box: HTMLDivElement | null) => void;
}

export function useVirtualRows(count: number, rowHeight: number): VirtualRows {
  const [box, setScrollBox] = useState<HTMLDivElement | null>(null);
  const windowed = count > windowingThreshold;
  // The warning is for React Compiler's memoizing: this hook hands back plain numbers and
  // strings, never the virtualizer's functions, so nothing memoized can keep a stale one.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    enabled: windowed,
    getScrollElement: () => box,
    estimateSize: () => rowHeight,
    overscan,
    initialRect: { width: 0, height: assumedViewHeight },
  });

  if (!windowed) {
    return {
      start: 0,
      end: count,
      before: 0,
      after: 0,
      windowed,
      boxClassName: 'table-scroll',
      rowStyle: undefined,
      setScrollBox,
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items.at(0);
  const last = items.at(-1);
  return {
    start: first?.index ?? 0,
    end: last === undefined ? 0 : last.index + 1,
    before: first?.start ?? 0,
    after: last === undefined ? 0 : virtualizer.getTotalSize() - last.end,
    windowed,
    boxClassName: 'table-scroll table-scroll--windowed',
    rowStyle: { height: rowHeight },
    setScrollBox,
  };
}
