/** Every appraisal of one person, newest first: each version, its status and a link to it. */
import { Link } from 'react-router';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { formatDate } from '../../../shared/dates';
import { appraisalDocumentPath, resumeAppraisalPath } from '../../app/paths';
import { AppraisalStatusTag } from '../../components/AppraisalStatusTag';
import { TableHead } from '../../components/TableHead';

export function PersonAppraisals({ appraisals }: { appraisals: readonly Appraisal[] }) {
  if (appraisals.length === 0) return <p className="muted">No appraisals yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Appraisals, newest first</caption>
        <TableHead
          columns={['Meeting', 'Review period', 'Appraiser', 'Status', 'Next due']}
          actionsLabel="Actions"
        />
        <tbody>
          {appraisals.map((a) => {
            const meeting = a.header.meetingDate === '' ? 'No date yet' : formatDate(a.header.meetingDate);
            return (
              <tr key={a.id}>
                <th scope="row" className="nowrap">
                  {meeting}
                </th>
                <td className="nowrap">
                  {a.header.periodStart === '' || a.header.periodEnd === ''
                    ? '–'
                    : `${formatDate(a.header.periodStart)} to ${formatDate(a.header.periodEnd)}`}
                </td>
                <td>{a.header.appraiserName}</td>
                <td className="nowrap">
                  <AppraisalStatusTag status={a.status} version={a.version} />
                </td>
                <td className="nowrap">{a.nextDueDate === '' ? '–' : formatDate(a.nextDueDate)}</td>
                <td className="data-table__actions">
                  <Link
                    to={a.status === 'draft' ? resumeAppraisalPath(a.id) : appraisalDocumentPath(a.id)}
                    className="button button--secondary button--small"
                  >
                    {a.status === 'draft' ? 'Resume' : 'Open'}
                    <span className="visually-hidden">
                      {' '}
                      the appraisal of {meeting}
                      {a.version > 1 ? `, version ${a.version}` : ''}
                    </span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
