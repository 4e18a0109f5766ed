/**
 * The register as a table, scrolling sideways in its own box when the window is narrow. A long
 * register is windowed (WindowedTable): only the rows in view are drawn, so a search keystroke
 * or clearing the search draws a screenful of rows, not all 500.
 */
import { memo, useCallback, useMemo } from 'react';
import { formatDate } from '../../../shared/dates';
import { displayName } from '../../../shared/staff/names';
import { editStaffPath, personPath, startAppraisalFor } from '../../app/paths';
import type { StaffRecord } from '../../db/records';
import { staffStatusLabel, staffStatusOn } from '../../components/staffStatus';
import { TableHead } from '../../components/TableHead';
import { TableLink } from '../../components/TableLink';
import { WindowedTable } from '../../components/WindowedTable';

/** A row with its buttons wrapped onto a second line, the usual height at 1366 pixels wide. */
const rowHeight = 105;

const staffId = (member: StaffRecord) => member.id;

interface StaffTableProps {
  people: readonly StaffRecord[];
  everyone: readonly StaffRecord[];
  appraisedIds: ReadonlySet<string>;
  caption: string;
  today: string;
  onMarkLeaver: (member: StaffRecord) => void;
  onDelete: (member: StaffRecord) => void;
}

/** Memoised: a keystroke in the search box leaves the table alone until the list it shows changes. */
export const StaffTable = memo(function StaffTable({
  people,
  everyone,
  appraisedIds,
  caption,
  today,
  onMarkLeaver,
  onDelete,
}: StaffTableProps) {
  const byId = useMemo(() => new Map(everyone.map((m) => [m.id, m])), [everyone]);
  // Stable while only the list changes, so a row already drawn is not drawn again.
  const cells = useCallback(
    (member: StaffRecord) => (
      <StaffCells
        member={member}
        manager={member.lineManagerId === null ? undefined : byId.get(member.lineManagerId)}
        appraised={appraisedIds.has(member.id)}
        today={today}
        onMarkLeaver={onMarkLeaver}
        onDelete={onDelete}
      />
    ),
    [byId, appraisedIds, today, onMarkLeaver, onDelete],
  );
  return (
    <WindowedTable
      rows={people}
      rowHeight={rowHeight}
      className="data-table"
      cellsWrap
      rowKey={staffId}
      head={
        <>
          <caption className="data-table__caption">{caption}</caption>
          <TableHead
            columns={['Name', 'Role', 'Team', 'Start date', 'Line manager', 'Status']}
            actionsLabel="Actions"
          />
        </>
      }
    >
      {cells}
    </WindowedTable>
  );
});

interface StaffCellsProps {
  member: StaffRecord;
  manager: StaffRecord | undefined;
  /** Has appraisal records, so can never be deleted. */
  appraised: boolean;
  today: string;
  onMarkLeaver: (member: StaffRecord) => void;
  onDelete: (member: StaffRecord) => void;
}

function StaffCells({ member, manager, appraised, today, onMarkLeaver, onDelete }: StaffCellsProps) {
  const status = staffStatusOn(member, today);
  return (
    <>
      <th scope="row" className="data-table__name">
        <TableLink to={personPath(member.id)} className="person-name">
          {member.fullName}
        </TableLink>
        {member.preferredName !== '' && member.preferredName !== member.fullName && (
          <span className="person-name__preferred">Known as {member.preferredName}</span>
        )}
      </th>
      <td>{member.role}</td>
      <td>{member.team === '' ? <span className="muted">–</span> : member.team}</td>
      <td className="nowrap">{formatDate(member.startDate)}</td>
      <td>{manager === undefined ? <span className="muted">–</span> : displayName(manager)}</td>
      <td>
        <span className={`status-tag status-tag--${status.kind}`}>{staffStatusLabel(status)}</span>
      </td>
      <td className="data-table__actions">
        {status.kind !== 'left' && (
          <TableLink to={startAppraisalFor(member.id)} className="button button--small">
            Start appraisal<span className="visually-hidden"> of {member.fullName}</span>
          </TableLink>
        )}
        <TableLink to={editStaffPath(member.id)} className="button button--secondary button--small">
          Edit<span className="visually-hidden"> {member.fullName}</span>
        </TableLink>
        {status.kind === 'active' && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onMarkLeaver(member)}
          >
            Mark as leaver<span className="visually-hidden"> {member.fullName}</span>
          </button>
        )}
        {!appraised && (
          <button
            type="button"
            className="button button--danger-quiet button--small"
            onClick={() => onDelete(member)}
          >
            Delete<span className="visually-hidden"> {member.fullName}</span>
          </button>
        )}
      </td>
    </>
  );
}
