/** Every backup main knows of, newest first: when, why, where, how big, what it holds, and its check. */
import { Link } from 'react-router';
import { backupReasonLabels, type BackupSummary } from '../../../shared/backup/backupContract';
import { restoreBackupPath } from '../../app/paths';
import { backupMoment, countsText } from '../../components/backupWording';
import { fileSize } from '../../components/fileSize';
import { TableHead } from '../../components/TableHead';

const locationLabels = { 'this-pc': 'This PC', folder: 'Backup folder', chosen: 'Chosen file' } as const;

export function BackupsTable({ backups }: { backups: BackupSummary[] }) {
  if (backups.length === 0) return <p>No backups yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" aria-labelledby="backups-list">
        <TableHead
          columns={['Made', 'Why', 'Where', 'Size', 'What it holds', 'Check']}
          actionsLabel="Actions"
        />
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.backupId}>
              <th scope="row">{backupMoment(backup.createdAt)}</th>
              <td>{backupReasonLabels[backup.reason]}</td>
              <td>{locationLabels[backup.location]}</td>
              <td>{fileSize(backup.bytes)}</td>
              <td>{countsText(backup.counts)}</td>
              <td>
                {backup.verified ? (
                  <span className="backups__verified">Checked, complete</span>
                ) : (
                  <span className="backups__problem">{backup.problems[0] ?? 'Not checked'}</span>
                )}
              </td>
              <td>
                {backup.verified && (
                  <Link
                    className="button button--secondary button--small"
                    to={restoreBackupPath(backup.backupId)}
                    aria-label={`Restore the backup made ${backupMoment(backup.createdAt)}…`}
                  >
                    Restore…
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
