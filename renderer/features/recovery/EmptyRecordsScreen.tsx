/**
 * Shown instead of first-run setup when the database is empty but this PC still keeps signed
 * documents or backups: the records were cleared, or the app's data was lost in a PC move.
 */
import { useDatabase } from '../../app/databaseContext';
import type { BackupStatus } from '../../../shared/backup/backupContract';
import { PageHeading } from '../../components/PageHeading';
import { RecoveryChoices } from './RecoveryChoices';
import './recovery.css';

export function EmptyRecordsScreen({
  status,
  onStartAfresh,
}: {
  status: BackupStatus;
  onStartAfresh: () => void;
}) {
  const db = useDatabase();
  return (
    <main className="recovery">
      <PageHeading title="Your records are missing from this PC" />
      <p className="lead">
        Care Appraisals opened with no records, but this PC still keeps{' '}
        {[
          status.sealedInVault > 0 &&
            `${status.sealedInVault} signed ${status.sealedInVault === 1 ? 'appraisal' : 'appraisals'}`,
          status.newest !== null && 'backups',
        ]
          .filter((part) => part !== false)
          .join(' and ')}
        . This happens when the app’s data was cleared or lost in a move to a new PC. Bring the records back
        before you start work.
      </p>
      <RecoveryChoices
        status={status}
        database={db}
        onRecovered={() => window.location.reload()}
        onStartAfresh={onStartAfresh}
      />
    </main>
  );
}
