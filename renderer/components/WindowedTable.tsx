/**
 * A table whose rows are windowed when the list is long (useVirtualRows): it scrolls in its own
 * box, and a spacer row above and below the drawn rows keeps the scroll bar honest. The screen
 * gives the head (caption and column headings) and each row's cells; every row is a plain <tr>.
 * Links in the cells are TableLinks, which the table follows (useTableLinks); text cut short to
 * fit its column is shown in full on hover (showCutText).
 *
 * While windowed, the table tells assistive technology how many rows it really has
 * (aria-rowcount, the heading row included) and where each drawn row stands (aria-rowindex), so
 * a screen reader says "row 57 of 5,001" rather than counting the few rows drawn.
 */
import { memo, useCallback, type ReactNode } from 'react';
import { showCutText } from './showCutText';
import { useTableLinks } from './useTableLinks';
import { useVirtualRows } from './useVirtualRows';

interface WindowedTableProps<Row> {
  rows: readonly Row[];
  /** What a row is taken to be, in pixels, until one has been drawn and measured. */
  rowHeight: number;
  /** The <table>'s classes. */
  className: string;
  /** The caption, if any, and the <thead> (one row of headings). */
  head: ReactNode;
  rowKey: (row: Row) => string;
  /** One row's cells. */
  children: (row: Row) => ReactNode;
  /**
   * Cells wrap while windowed too (rows then differ in height, each measured). Otherwise a
   * windowed table's cells stay on one line, and it scrolls sideways when the window is narrow.
   */
  cellsWrap?: boolean;
}

export function WindowedTable<Row>({
  rows,
  rowHeight,
  className,
  head,
  rowKey,
  children,
  cellsWrap = false,
}: WindowedTableProps<Row>) {
  const keyOf = useCallback(
    (index: number) => {
      const row = rows[index];
      return row === undefined ? `#${index}` : rowKey(row);
    },
    [rows, rowKey],
  );
  const { setScrollBox, boxClassName, measureRow, start, end, before, after, windowed } = useVirtualRows(
    rows.length,
    { rowHeight, rowsDiffer: cellsWrap, keyOf },
  );
  const followTableLink = useTableLinks();
  return (
    // The clicks handled here are the links' (TableLink, Enter included): the box is not a control.
    <div
      className={cellsWrap ? `${boxClassName} table-scroll--wrapping` : boxClassName}
      ref={setScrollBox}
      onClick={followTableLink}
      onPointerOver={showCutText}
    >
      <table className={className} aria-rowcount={windowed ? rows.length + 1 : undefined}>
        {head}
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {rows.slice(start, end).map((row, offset) => (
            <WindowedRow
              key={rowKey(row)}
              row={row}
              index={windowed ? start + offset : null}
              measureRow={measureRow}
              cells={children}
            />
          ))}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}

interface WindowedRowProps<Row> {
  row: Row;
  /** Its index in the whole list while windowed; null when every row is drawn. */
  index: number | null;
  measureRow: ((row: HTMLTableRowElement | null) => void) | undefined;
  cells: (row: Row) => ReactNode;
}

function WindowedRowView<Row>({ row, index, measureRow, cells }: WindowedRowProps<Row>) {
  if (index === null)
    return (
      <tr>
        <RowCells row={row} cells={cells} />
      </tr>
    );
  return (
    <tr ref={measureRow} data-index={index} aria-rowindex={index + 2}>
      <RowCells row={row} cells={cells} />
    </tr>
  );
}

function RowCellsView<Row>({ row, cells }: Pick<WindowedRowProps<Row>, 'row' | 'cells'>) {
  return cells(row);
}

// Memoised: while the list scrolls, only the rows coming into view are rendered; a row that a
// search or sort moves gets its new index without its cells being drawn again. `memo` drops a
// component's type parameter, so each is given its own type back (the props are the same).
const WindowedRow = memo(WindowedRowView) as typeof WindowedRowView;
const RowCells = memo(RowCellsView) as typeof RowCellsView;
