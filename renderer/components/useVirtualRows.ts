/**
 * Windowing for long tables, on TanStack Virtual: only the rows in view (plus a margin) are in
 * the page, with spacer rows keeping the scroll bar honest, so 500 people scroll as smoothly as
 * 20. Short lists render whole (find-in-page and screen readers then see every row).
 *
 * The table stays a real table (a spacer row above and below the drawn rows, never positioned
 * rows), so its headings, row headers and keyboard order are the browser's own. The spacers
 * are only honest if they are as tall as the rows they stand for, whatever the font size:
 * - a table whose cells do not wrap has rows all of one height: one drawn row is measured (again
 *   when the box changes size, as it does on zooming), and nothing is measured while scrolling;
 * - a table whose cells wrap has each drawn row measured as it first appears, and a row not
 *   drawn yet is taken to be as tall as the last one measured.
 * Either way rows already drawn never shift while new ones come and go. The header above the
 * first row is not subtracted from the scroll position: the margin of rows drawn either side of
 * the view is far taller than it.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import './virtualRows.css';

/** At or below this many rows, everything is rendered. */
const windowingThreshold = 80;
/**
 * Rows drawn above and below the ones in view: about 260 pixels at the usual size, more than the
 * wheel moves the list in a frame, so what scrolls in is already drawn; and few, as the table's
 * drawn rows are laid out and painted again each frame that adds one (with 10, scrolling the
 * 5,000 records on a slow PC held up frames past 50 ms several times a pass).
 */
const overscan = 4;
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
  /** A callback ref for the scrolling box (state, not a ref object, so rendering never reads a ref). */
  setScrollBox: (box: HTMLDivElement | null) => void;
  /**
   * While windowed, a callback ref for each drawn row (which carries `data-index`, its index in
   * the list) when rows are measured one by one; undefined when they are all one height.
   */
  measureRow: ((row: HTMLTableRowElement | null) => void) | undefined;
}

interface RowSizing {
  /** What a row is taken to be before one is measured, in pixels. */
  rowHeight: number;
  /** True when cells wrap, so rows differ in height and each is measured. */
  rowsDiffer: boolean;
  /** A row's lasting key, so a measured height follows its row when a search or sort moves it. */
  keyOf: (index: number) => string;
}

export function useVirtualRows(count: number, { rowHeight, rowsDiffer, keyOf }: RowSizing): VirtualRows {
  const [box, setScrollBox] = useState<HTMLDivElement | null>(null);
  const windowed = count > windowingThreshold;
  // Rows all one height: the height of one drawn row, measured when the box first shows or resizes.
  const [oneRow, setOneRow] = useState<number | null>(null);
  // Rows measured one by one: the last one measured, for the rows not drawn yet.
  const lastMeasured = useRef(rowHeight);
  const uniformHeight = oneRow ?? rowHeight;
  // The warning is for React Compiler's memoizing: this hook hands back plain numbers and
  // strings and the virtualizer's own stable measuring ref, so nothing memoized can go stale.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    enabled: windowed,
    getScrollElement: () => box,
    getItemKey: keyOf,
    // Measured rows re-estimate the rows after them each time one is measured.
    estimateSize: rowsDiffer ? () => lastMeasured.current : () => uniformHeight,
    measureElement: (row, entry) => {
      const height = entry?.borderBoxSize[0]?.blockSize ?? row.getBoundingClientRect().height;
      lastMeasured.current = height;
      return height;
    },
    overscan,
    // Rows scrolling in are drawn in a task of their own rather than inside the scroll event,
    // so the frame that moves the list is not held up by them; the margin of rows drawn either
    // side (more than a fast flick moves in a frame) means none is missing meanwhile.
    useFlushSync: false,
    initialRect: { width: 0, height: assumedViewHeight },
  });

  useEffect(() => {
    if (!windowed || rowsDiffer || box === null) return;
    // Called once as soon as the box is observed, then whenever it changes size.
    const observer = new ResizeObserver(() => {
      const row = box.querySelector('tbody > tr[data-index]');
      if (row !== null) setOneRow(row.getBoundingClientRect().height);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [box, windowed, rowsDiffer]);

  useEffect(() => {
    // Every row's place follows from the height measured.
    if (!rowsDiffer && oneRow !== null) virtualizer.measure();
  }, [virtualizer, rowsDiffer, oneRow]);

  const measureRow = rowsDiffer ? virtualizer.measureElement : undefined;
  if (!windowed) {
    return {
      start: 0,
      end: count,
      before: 0,
      after: 0,
      windowed,
      boxClassName: 'table-scroll',
      setScrollBox,
      measureRow,
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
    setScrollBox,
    measureRow,
  };
}
