/**
 * Every version of this record: the original and its amendments, each with its state and link.
 * Said as the record's versions, so they are not read as the framework's.
 */
import { Link } from 'react-router';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { formatMomentDate } from '../../../shared/dates';
import { appraisalDocumentPath, resumeAppraisalPath } from '../../app/paths';
import { TableHead } from '../../components/TableHead';

export function VersionsList({ versions, currentId }: { versions: readonly Appraisal[]; currentId: string }) {
  return (
    <section aria-labelledby="versions-title" className="document-section">
      <h2 id="versions-title">Versions of this record</h2>
      <p className="muted">
        Each amendment is a new version of the record; the one it replaces is kept as it was signed.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <TableHead
            columns={['Record version', 'State', 'Sealed', 'Reason for the amendment']}
            actionsLabel="Open"
          />
          <tbody>
            {versions.map((version) => (
              <tr key={version.id} aria-current={version.id === currentId ? 'page' : undefined}>
                <td className="nowrap">Version {version.version}</td>
                <td>{versionState(version)}</td>
                <td>{version.sealed === null ? '—' : formatMomentDate(version.sealed.sealedAt)}</td>
                <td>
                  {version.version === 1
                    ? 'Original'
                    : `Amendment ${version.version - 1}: ${version.amendmentReason}`}
                </td>
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
