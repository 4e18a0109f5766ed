/** "Restore from a file…": asks main for a backup file (a native dialog) and hands back its id. */
import type { BackupId } from '../../../shared/backup/backupContract';
import { chooseBackupFile } from '../../actions/backupQueries';
import { useAction } from '../useAction';

interface ChooseBackupFileButtonProps {
  label: string;
  onChosen: (backupId: BackupId) => void;
  secondary?: boolean;
}

export function ChooseBackupFileButton({ label, onChosen, secondary = true }: ChooseBackupFileButtonProps) {
  const choosing = useAction(chooseBackupFile, 'The backup file could not be opened. Please try again.');

  async function choose() {
    const outcome = await choosing.run();
    if (outcome.ok && outcome.value !== null) onChosen(outcome.value);
  }

  return (
    <>
      <button
        type="button"
        className={secondary ? 'button button--secondary' : 'button'}
        disabled={choosing.busy}
        onClick={() => void choose()}
      >
        {label}
      </button>
      {choosing.error !== null && (
        <p role="alert" className="notice notice--error">
          {choosing.error.message}
        </p>
      )}
    </>
  );
}
