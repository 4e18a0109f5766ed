/** Every version of this appraisal: the original and its amendments, each with its state and link. */
import { Link } from 'react-router';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { formatMomentDate } from '../../../shared/dates';
import { appraisalDocumentPath, resumeAppraisalPath } from '../../app/paths';
import { TableHead } from '../../components/TableHead';

export function VersionsList({ versions, currentId }: { versions: readonly Appraisal[]; currentId: string }) {
  return (
    <section aria-labelledby="versions-title" className="document-section">
      <h2 id="versions-title">Versions</h2>
      <div className="table-scroll">
        <table className="data-table">
          <TableHead
            columns={['Version', 'State', 'Sealed', 'Reason for the amendment']}
            actionsLabel="Open"
          />
          <tbody>
            {versions.map((version) => (
              <tr key={version.id} aria-current={version.id === currentId ? 'page' : undefined}>
                <td className="nowrap">Version {version.version}</td>
                <td>{versionState(version)}</td>
                <td>{version.sealed === null ? '—' : formatMomentDate(version.sealed.sealedAt)}</td>
                <td>{version.amendmentReason === '' ? 'Original' : version.amendmentReason}</td>
                <td className="data-table__actions">
                  {version.id === currentId ? (
                    <span className="muted">Shown here</span>
                  ) : (
                    <Link
                      to={
                        version.status === 'draft'
                          ? resumeAppraisalPath(version.id)
                          : appraisalDocumentPath(version.id)
                      }
                    >
                      Open version {version.version}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function versionState(version: Appraisal): string {
  if (version.status === 'signed') return 'Signed and sealed';
  if (version.status === 'superseded') return 'Replaced';
  return version.signatures.appraisee === null ? 'Amendment in progress' : 'Amendment waiting for signatures';
}
