/** The most recently sealed appraisals, each opening its signed document. */
import { Link } from 'react-router';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { formatDate, formatMomentDate } from '../../../../shared/dates';
import { appraisalDocumentPath } from '../../../app/paths';
import { TableHead } from '../../../components/TableHead';

export function RecentlySignedTable({ appraisals }: { appraisals: readonly Appraisal[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="data-table__caption">
          {appraisals.length === 1
            ? '1 signed appraisal'
            : `The latest ${appraisals.length} signed, newest first`}
        </caption>
        <TableHead columns={['Member of staff', 'Meeting', 'Sealed', 'Version']} actionsLabel="Actions" />
        <tbody>
          {appraisals.map((appraisal) => {
            const name = appraisal.header.staffName;
            return (
              <tr key={appraisal.id}>
                <th scope="row" className="data-table__name">
                  <span className="person-name">{name}</span>
                  <span className="person-name__preferred">{appraisal.header.roleAtTime}</span>
                </th>
                <td className="nowrap">{formatDate(appraisal.header.meetingDate)}</td>
                <td className="nowrap">
                  {appraisal.sealed === null ? '—' : formatMomentDate(appraisal.sealed.sealedAt)}
                </td>
                <td>{appraisal.version === 1 ? '1' : `${appraisal.version} (amended)`}</td>
                <td className="data-table__actions">
                  <Link
                    to={appraisalDocumentPath(appraisal.id)}
                    className="button button--small button--secondary"
                  >
                    Open<span className="visually-hidden"> the signed appraisal of {name}</span>
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
