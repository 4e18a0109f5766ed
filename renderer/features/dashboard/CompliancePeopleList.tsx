/** The people behind one of the dashboard's numbers: who, when last signed, when next due. */
import { useEffect, useRef } from 'react';
import type { ComplianceRow } from '../../../shared/compliance/complianceRow';
import { formatDate } from '../../../shared/dates';
import { personPath, startAppraisalFor, type DashboardList } from '../../app/paths';
import { daysText } from '../../components/daysText';
import { TableLink } from '../../components/TableLink';
import { WindowedTable } from '../../components/WindowedTable';
import { TableHead } from '../../components/TableHead';

const rowHeight = 52;

const dashboardListTitles = {
  complete: 'Everyone with an in-date signed appraisal',
  'in-date': 'In date',
  'due-soon': 'Due within 30 days',
  overdue: 'Overdue',
  'never-appraised': 'Never appraised',
} as const satisfies Record<DashboardList, string>;

function rowsForList(rows: readonly ComplianceRow[], list: DashboardList): ComplianceRow[] {
  const chosen = rows.filter((row) =>
    list === 'complete' ? row.status === 'in-date' || row.status === 'due-soon' : row.status === list,
  );
  // The most pressing first: the earliest due date (the longest overdue) at the top.
  return chosen.sort(
    (a, b) => (a.daysUntilDue ?? 0) - (b.daysUntilDue ?? 0) || a.fullName.localeCompare(b.fullName, 'en-GB'),
  );
}

interface CompliancePeopleListProps {
  rows: readonly ComplianceRow[];
  list: DashboardList;
  onClose: () => void;
}

export function CompliancePeopleList({ rows, list, onClose }: CompliancePeopleListProps) {
  const shown = rowsForList(rows, list);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a list moves focus to its heading, so keyboard and screen-reader users land on it.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [list]);
  return (
    <section id="people-list" className="dashboard-panel" aria-labelledby="people-list-heading">
      <div className="dashboard-panel__header">
        <h2 id="people-list-heading" tabIndex={-1} ref={heading}>
          {dashboardListTitles[list]} <span className="dashboard-panel__count">({shown.length})</span>
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          Close this list
        </button>
      </div>
      {list === 'never-appraised' && shown.length > 0 ? (
        <p className="muted">
          No signed appraisal yet: each first appraisal falls due counting from the person&rsquo;s start date.
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p className="muted">No one is in this list today.</p>
      ) : (
        <WindowedTable
          rows={shown}
          rowHeight={rowHeight}
          className="data-table"
          rowKey={(row) => row.staffId}
          head={
            <TableHead
              columns={[
                'Name',
                'Role',
                'Team',
                'Last signed',
                list === 'never-appraised' ? 'First due' : 'Next due',
                'Days',
              ]}
              actionsLabel="Actions"
            />
          }
        >
          {(row) => (
            <>
              <th scope="row" className="data-table__name">
                <TableLink to={personPath(row.staffId)} className="person-name">
                  {row.fullName}
                </TableLink>
              </th>
              <td>{row.role}</td>
              <td>{row.team === '' ? <span className="muted">–</span> : row.team}</td>
              <td className="nowrap">
                {row.lastSignedMeetingDate === null ? 'Never' : formatDate(row.lastSignedMeetingDate)}
              </td>
              <td className="nowrap">{row.nextDueDate === null ? '–' : formatDate(row.nextDueDate)}</td>
              <td className={`nowrap${(row.daysUntilDue ?? 0) < 0 ? ' overdue-text' : ''}`}>
                {daysText(row.daysUntilDue)}
              </td>
              <td className="data-table__actions">
                <TableLink
                  to={startAppraisalFor(row.staffId)}
                  className="button button--small button--secondary"
                >
                  Start appraisal<span className="visually-hidden"> of {row.fullName}</span>
                </TableLink>
              </td>
            </>
          )}
        </WindowedTable>
      )}
    </section>
  );
}
