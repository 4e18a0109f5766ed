/** First run: before anything else, the care home's details, with a friendly word of welcome. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { BackupId } from '../../../shared/backup/backupContract';
import { useDatabase } from '../../app/databaseContext';
import { paths } from '../../app/paths';
import { PageHeading } from '../../components/PageHeading';
import { ChooseBackupFileButton } from '../../components/restore/ChooseBackupFileButton';
import { RestoreFlow } from '../../components/restore/RestoreFlow';
import { SettingsForm } from './SettingsForm';

/** `onRestoring` tells the shell a restore has begun, so it stays on screen as the settings come back. */
export function SetupScreen({ onRestoring }: { onRestoring?: (restoring: boolean) => void }) {
  const navigate = useNavigate();
  const db = useDatabase();
  // A new PC whose records are on a USB stick: restore them instead of setting up afresh.
  const [restoring, setRestoringState] = useState<BackupId | null>(null);
  function setRestoring(backupId: BackupId | null) {
    setRestoringState(backupId);
    onRestoring?.(backupId !== null);
  }
  if (restoring !== null)
    return (
      <div className="setup">
        <main className="setup__card">
          <PageHeading title="Restore a backup" />
          <RestoreFlow
            database={db}
            backupId={restoring}
            cancelLabel="Back to setup"
            doneLabel="Open Care Appraisals"
            onCancel={() => setRestoring(null)}
            onDone={() => window.location.reload()}
          />
        </main>
      </div>
    );
  return (
    <div className="setup">
      <main className="setup__card">
        <PageHeading title="Welcome">Welcome to Care Appraisals</PageHeading>
        <p className="lead">
          Before you start, tell us about your care home. These details go at the top of every appraisal you
          print. You can change them at any time in Care home settings.
        </p>
        <SettingsForm
          settings={undefined}
          submitLabel="Save and continue"
          onSaved={() => {
            void navigate(paths.dashboard, { replace: true });
          }}
        />
        <section className="setup__restore" aria-labelledby="setup-restore">
          <h2 id="setup-restore">Moving from another PC?</h2>
          <p>
            Restore the records from a backup instead: choose a file named “care-appraisals-backup …” from the
            “Care Appraisals backups” folder on your USB stick or network drive.
          </p>
          <ChooseBackupFileButton label="Restore from a backup file…" onChosen={setRestoring} />
        </section>
      </main>
    </div>
  );
}
