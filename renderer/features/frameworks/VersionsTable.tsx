/** Every framework version on this computer, with its status, dates and how many appraisals use it. */
import { Link } from 'react-router';
import type { FrameworkVersionSummary } from '../../db/frameworkRepository';
import { formatMomentDate } from '../../../shared/dates';
import { appraisalCount } from './frameworkLabels';
import { editDraftPath, versionPath } from '../../app/paths';
import { VersionStatus } from './VersionStatus';
import { TableHead } from '../../components/TableHead';

export function VersionsTable({ versions }: { versions: readonly FrameworkVersionSummary[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table fw-versions">
        <caption className="data-table__caption">
          {versions.length === 1
            ? 'Only the framework built into Care Appraisals so far'
            : `${versions.length} versions: your home's own, newest first, then the one built into Care Appraisals`}
        </caption>
        <TableHead
          columns={['Framework', 'Status', 'Created', 'Published', 'Used by']}
          actionsLabel="Actions"
        />
        <tbody>
          {versions.map((version) => {
            const label = `${version.name}, version ${version.ref.version}`;
            return (
              <tr key={`${version.ref.frameworkId}@${version.ref.version}`}>
                <th scope="row" className="data-table__name">
                  <Link to={versionPath(version.ref)} className="fw-versions__name">
                    {version.name}
                  </Link>
                  <span className="person-name__preferred">
                    Version {version.ref.version}
                    {version.origin === 'built-in' ? ' · built into Care Appraisals' : ''}
                  </span>
                </th>
                <td>
                  <VersionStatus summary={version} />
                </td>
                <td className="nowrap">{formatMomentDate(version.createdAt)}</td>
                <td className="nowrap">
                  {version.publishedAt === null ? (
                    <span className="muted">–</span>
                  ) : (
                    formatMomentDate(version.publishedAt)
                  )}
                </td>
                <td className="nowrap">{appraisalCount(version.usedBy)}</td>
                <td className="data-table__actions">
                  {version.status === 'draft' ? (
                    <Link to={editDraftPath(version.ref)} className="button button--small">
                      Edit draft<span className="visually-hidden"> {label}</span>
                    </Link>
                  ) : (
                    <Link to={versionPath(version.ref)} className="button button--secondary button--small">
                      View<span className="visually-hidden"> {label}</span>
                    </Link>
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
