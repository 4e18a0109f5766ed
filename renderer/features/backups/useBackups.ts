/** Main's backup status and list for the Backups screen, read again after anything changes them. */
import { useCallback, useEffect, useState } from 'react';
import type { BackupStatus, BackupSummary } from '../../../shared/backup/backupContract';
import { listBackups, readBackupStatus } from '../../actions/backupQueries';
import { actionError } from '../../components/actionError';

export interface BackupsView {
  status: BackupStatus | null;
  backups: BackupSummary[] | null;
  /** Why they could not be read, in plain English. */
  problem: string | null;
  refresh: () => void;
}

export function useBackups(): BackupsView {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    Promise.all([readBackupStatus(), listBackups()]).then(
      ([nextStatus, nextBackups]) => {
        if (!current) return;
        setStatus(nextStatus);
        setBackups(nextBackups);
        setProblem(null);
      },
      (caught: unknown) => {
        if (current) setProblem(actionError(caught, 'The backups could not be listed.').message);
      },
    );
    return () => {
      current = false;
    };
  }, [generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return { status, backups, problem, refresh };
}
