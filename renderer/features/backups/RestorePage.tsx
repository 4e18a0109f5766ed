/** Settings → Backups → Restore: one backup, checked and compared, then restored (see RestoreFlow). */
import { useNavigate, useParams } from 'react-router';
import { backupIdSchema } from '../../../shared/backup/backupContract';
import { useDatabase } from '../../app/databaseContext';
import { paths } from '../../app/paths';
import { PageHeading } from '../../components/PageHeading';
import { RestoreFlow } from '../../components/restore/RestoreFlow';
import './backups.css';

export function RestorePage() {
  const db = useDatabase();
  const navigate = useNavigate();
  const parsed = backupIdSchema.safeParse(useParams().backupId ?? '');
  return (
    <>
      <PageHeading title="Restore a backup" />
      {parsed.success ? (
        <RestoreFlow
          key={parsed.data}
          database={db}
          backupId={parsed.data}
          cancelLabel="Back to Backups"
          doneLabel="Go to the dashboard"
          onCancel={() => void navigate(paths.backups)}
          onDone={() => void navigate(paths.dashboard)}
        />
      ) : (
        <p role="alert" className="notice notice--error">
          This address does not name a backup. Nothing was changed.
        </p>
      )}
    </>
  );
}
