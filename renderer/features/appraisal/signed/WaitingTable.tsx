/** Appraisals the appraisee has signed, waiting for the appraiser's countersignature. */
import { Link } from 'react-router';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { formatMomentDate } from '../../../../shared/dates';
import { signAppraisalPath } from '../../../app/paths';
import { TableHead } from '../../../components/TableHead';

export function WaitingTable({ appraisals }: { appraisals: readonly Appraisal[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="data-table__caption">
          {appraisals.length === 1 ? '1 appraisal waiting' : `${appraisals.length} appraisals waiting`} for
          the appraiser&rsquo;s countersignature
        </caption>
        <TableHead columns={['Member of staff', 'Signed by them', 'Appraiser']} actionsLabel="Actions" />
        <tbody>
          {appraisals.map((appraisal) => {
            const name = appraisal.header.staffName;
            const signedAt = appraisal.signatures.appraisee?.signedAt;
            return (
              <tr key={appraisal.id}>
                <th scope="row" className="data-table__name">
                  <span className="person-name">{name}</span>
                  <span className="person-name__preferred">{appraisal.header.roleAtTime}</span>
                </th>
                <td className="nowrap">{signedAt === undefined ? '—' : formatMomentDate(signedAt)}</td>
                <td>{appraisal.header.appraiserName}</td>
                <td className="data-table__actions">
                  <Link to={signAppraisalPath(appraisal.id)} className="button button--small">
                    Countersign<span className="visually-hidden"> the appraisal of {name}</span>
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
