/**
 * A table whose rows are windowed when the list is long (useVirtualRows): it scrolls in its own
 * box, and a spacer row above and below the drawn rows keeps the scroll bar honest. The screen
 * gives the head (caption and column headings) and each row's cells; every row is a plain <tr>.
 */
import type { ReactNode } from 'react';
import { useVirtualRows } from './useVirtualRows';

interface WindowedTableProps<Row> {
  rows: readonly Row[];
  /** Each row's fixed height in pixels while windowed (its cells do not wrap). */
  rowHeight: number;
  /** The <table>'s classes. */
  className: string;
  /** The caption, if any, and the <thead>. */
  head: ReactNode;
  rowKey: (row: Row) => string;
  /** One row's cells. */
  children: (row: Row) => ReactNode;
}

export function WindowedTable<Row>({
  rows,
  rowHeight,
  className,
  head,
  rowKey,
  children,
}: WindowedTableProps<Row>) {
  const { setScrollBox, boxClassName, rowStyle, start, end, before, after } = useVirtualRows(
    rows.length,
    rowHeight,
  );
  return (
    <div className={boxClassName} ref={setScrollBox}>
      <table className={className}>
        {head}
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {rows.slice(start, end).map((row) => (
            <tr key={rowKey(row)} style={rowStyle}>
              {children(row)}
            </tr>
          ))}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
