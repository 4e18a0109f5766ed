/** The records as a sortable table; long lists are windowed so thousands of rows stay quick. */
import { formatDate } from '../../../shared/dates';
import { formatScore } from '../../../shared/framework/profileScore';
import { appraisalDocumentPath, personPath, resumeAppraisalPath } from '../../app/paths';
import type { RecordRow } from '../../db/recordsQueries';
import { AppraisalStatusTag } from '../../components/AppraisalStatusTag';
import { TableLink } from '../../components/TableLink';
import { WindowedTable } from '../../components/WindowedTable';
import type { RecordSort, RecordSortKey } from './recordFilters';

/** A row as drawn at the usual font size (measured once shown). */
const rowHeight = 65;

const columns: { key: RecordSortKey; label: string }[] = [
  { key: 'person', label: 'Staff member' },
  { key: 'role', label: 'Role' },
  { key: 'team', label: 'Team' },
  { key: 'meetingDate', label: 'Meeting' },
  { key: 'appraiser', label: 'Appraiser' },
  { key: 'status', label: 'Status' },
  { key: 'nextDue', label: 'Next due' },
];

interface RecordsTableProps {
  rows: readonly RecordRow[];
  caption: string;
  sort: RecordSort;
  onSort: (sort: RecordSort) => void;
}

const appraisalId = (row: RecordRow) => row.appraisalId;

/** The button's words and which record it opens: "Open Ștefan Țurcanu, 01/10/2025, version 2". */
function openLabel(row: RecordRow): string {
  const meeting = row.meetingDate === '' ? 'no meeting date' : formatDate(row.meetingDate);
  const version = row.version > 1 ? `, version ${row.version}` : '';
  return `${row.status === 'draft' ? 'Resume' : 'Open'} ${row.staffName}, ${meeting}${version}`;
}

export function RecordsTable({ rows, caption, sort, onSort }: RecordsTableProps) {
  return (
    <WindowedTable
      rows={rows}
      rowHeight={rowHeight}
      className="data-table records-table"
      rowKey={appraisalId}
      head={<SortableHead caption={caption} sort={sort} onSort={onSort} />}
    >
      {(row) => (
        <>
          <th scope="row" className="data-table__name">
            <TableLink to={personPath(row.staffId)} className="person-name">
              {row.staffName}
            </TableLink>
          </th>
          <td>{row.role}</td>
          <td>{row.team === '' ? <span className="muted">–</span> : row.team}</td>
          <td className="nowrap">{row.meetingDate === '' ? '–' : formatDate(row.meetingDate)}</td>
          <td>{row.appraiserName}</td>
          <td className="nowrap">
            <AppraisalStatusTag status={row.status} version={row.version} />
          </td>
          <td className="nowrap">{row.nextDueDate === '' ? '–' : formatDate(row.nextDueDate)}</td>
          <td className="nowrap records-table__scores">
            {row.management === null && row.leadership === null
              ? '–'
              : `M ${formatScore(row.management)} · L ${formatScore(row.leadership)}`}
          </td>
          <td className="data-table__actions">
            <TableLink
              to={
                row.status === 'draft'
                  ? resumeAppraisalPath(row.appraisalId)
                  : appraisalDocumentPath(row.appraisalId)
              }
              className="button button--secondary button--small"
              // A label rather than visually hidden words: one element fewer to lay out in each
              // row that scrolls into view, and the same name for a screen reader.
              aria-label={openLabel(row)}
            >
              {row.status === 'draft' ? 'Resume' : 'Open'}
            </TableLink>
          </td>
        </>
      )}
    </WindowedTable>
  );
}

/** The caption and the column headings, each a button that sorts by its column (pressed again, the other way). */
function SortableHead({ caption, sort, onSort }: Omit<RecordsTableProps, 'rows'>) {
  return (
    <>
      <caption className="data-table__caption">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => {
            const current = sort.key === column.key;
            return (
              <th key={column.key} scope="col" aria-sort={current ? sort.direction : 'none'}>
                <button
                  type="button"
                  className="sort-button"
                  onClick={() =>
                    onSort({
                      key: column.key,
                      direction: current && sort.direction === 'ascending' ? 'descending' : 'ascending',
                    })
                  }
                >
                  {column.label}
                  <span aria-hidden="true" className="sort-button__arrow">
                    {current ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            );
          })}
          <th scope="col">Scores</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
    </>
  );
}
