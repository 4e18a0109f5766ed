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

interface SortKey {
  key: RecordSortKey;
  label: string;
}

/**
 * The sortable columns. Two share a column where a row has room for two lines (its Open button
 * is two lines tall): the role above the team, the meeting's date above its appraiser.
 */
const columns: readonly (readonly [SortKey] | readonly [SortKey, SortKey])[] = [
  [{ key: 'person', label: 'Staff member' }],
  [
    { key: 'role', label: 'Role' },
    { key: 'team', label: 'Team' },
  ],
  [
    { key: 'meetingDate', label: 'Meeting' },
    { key: 'appraiser', label: 'Appraiser' },
  ],
  [{ key: 'status', label: 'Status' }],
  [{ key: 'nextDue', label: 'Next due' }],
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
            <TableLink to={personPath(row.staffId)} className="person-name cut-text">
              {row.staffName}
            </TableLink>
          </th>
          <td className="cut-text">
            {row.role}
            <br />
            <span className="records-table__below">{row.team === '' ? '–' : row.team}</span>
          </td>
          <td className="cut-text">
            {row.meetingDate === '' ? '–' : formatDate(row.meetingDate)}
            <br />
            <span className="records-table__below">{row.appraiserName}</span>
          </td>
          <td>
            <AppraisalStatusTag status={row.status} version={row.version} stacked />
          </td>
          <td>{row.nextDueDate === '' ? '–' : formatDate(row.nextDueDate)}</td>
          <td className="records-table__scores">
            {row.management === null && row.leadership === null ? (
              '–'
            ) : (
              <>
                {`M ${formatScore(row.management)}`}
                <br />
                {`L ${formatScore(row.leadership)}`}
              </>
            )}
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
      <colgroup>
        <col />
        <col className="records-table__col-role" />
        <col className="records-table__col-meeting" />
        <col className="records-table__col-status" />
        <col className="records-table__col-next-due" />
        <col className="records-table__col-scores" />
        <col className="records-table__col-open" />
      </colgroup>
      <thead>
        <tr>
          {columns.map((keys) => {
            const current = keys.find((k) => k.key === sort.key);
            return (
              <th key={keys[0].key} scope="col" aria-sort={current === undefined ? 'none' : sort.direction}>
                {keys.map((k) => (
                  <SortButton
                    key={k.key}
                    sortKey={k}
                    sort={sort}
                    onSort={onSort}
                    saySorted={keys.length > 1}
                  />
                ))}
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

interface SortButtonProps extends Pick<RecordsTableProps, 'sort' | 'onSort'> {
  sortKey: SortKey;
  /** Where a heading has two buttons, the heading's aria-sort cannot say which one sorts. */
  saySorted: boolean;
}

function SortButton({ sortKey, sort, onSort, saySorted }: SortButtonProps) {
  const current = sort.key === sortKey.key;
  return (
    <button
      type="button"
      className="sort-button"
      onClick={() =>
        onSort({
          key: sortKey.key,
          direction: current && sort.direction === 'ascending' ? 'descending' : 'ascending',
        })
      }
    >
      {sortKey.label}
      <span aria-hidden="true" className="sort-button__arrow">
        {current ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
      </span>
      {current && saySorted && <span className="visually-hidden">, sorted {sort.direction}</span>}
    </button>
  );
}
