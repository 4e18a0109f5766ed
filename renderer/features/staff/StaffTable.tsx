/** The register as a table, scrolling sideways in its own box when the window is narrow. */
import { Link } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { displayName } from '../../../shared/staff/staffMember';
import { editStaffPath, personPath, startAppraisalFor } from '../../app/paths';
import type { StaffRecord } from '../../db/records';
import { staffStatusLabel, staffStatusOn } from '../../components/staffStatus';
import { TableHead } from '../../components/TableHead';

interface StaffTableProps {
  people: readonly StaffRecord[];
  everyone: readonly StaffRecord[];
  appraisedIds: ReadonlySet<string>;
  caption: string;
  today: string;
  onMarkLeaver: (member: StaffRecord) => void;
  onDelete: (member: StaffRecord) => void;
}

export function StaffTable({
  people,
  everyone,
  appraisedIds,
  caption,
  today,
  onMarkLeaver,
  onDelete,
}: StaffTableProps) {
  const byId = new Map(everyone.map((m) => [m.id, m]));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="data-table__caption">{caption}</caption>
        <TableHead
          columns={['Name', 'Role', 'Team', 'Start date', 'Line manager', 'Status']}
          actionsLabel="Actions"
        />
        <tbody>
          {people.map((member) => {
            const status = staffStatusOn(member, today);
            const manager = member.lineManagerId === null ? undefined : byId.get(member.lineManagerId);
            return (
              <tr key={member.id}>
                <th scope="row" className="data-table__name">
                  <Link to={personPath(member.id)} className="person-name">
                    {member.fullName}
                  </Link>
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
                    <Link to={startAppraisalFor(member.id)} className="button button--small">
                      Start appraisal<span className="visually-hidden"> of {member.fullName}</span>
                    </Link>
                  )}
                  <Link to={editStaffPath(member.id)} className="button button--secondary button--small">
                    Edit<span className="visually-hidden"> {member.fullName}</span>
                  </Link>
                  {status.kind === 'active' && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => onMarkLeaver(member)}
                    >
                      Mark as leaver<span className="visually-hidden"> {member.fullName}</span>
                    </button>
                  )}
                  {!appraisedIds.has(member.id) && (
                    <button
                      type="button"
                      className="button button--danger-quiet button--small"
                      onClick={() => onDelete(member)}
                    >
                      Delete<span className="visually-hidden"> {member.fullName}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
