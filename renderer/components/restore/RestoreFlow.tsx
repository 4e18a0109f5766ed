/**
 * Restoring one backup: main checks it first (every part against its manifest, its schema, its
 * signed records against the vault) and the renderer reads it into a scratch database; the
 * manager then sees what it holds beside what is here, and only "Replace with this backup"
 * takes a safety backup and replaces. Leaving before that throws the scratch copy away and
 * changes nothing. No router links: the start-up recovery screen, outside the app's routes,
 * uses it too.
 */
import { useEffect, useRef, useState } from 'react';
import type { BackupId } from '../../../shared/backup/backupContract';
import { mirrorRecordFacts } from '../../actions/mirrorRecordFacts';
import { discardRestore, prepareRestore, restoreBackup, type RestorePlan } from '../../actions/restoreBackup';
import type { AppDatabase } from '../../db/database';
import { actionError } from '../actionError';
import { backupMoment } from '../backupWording';
import { RestoreReady } from './RestoreReady';

type RestoreState =
  | { phase: 'checking' }
  | { phase: 'refused'; message: string }
  | { phase: 'ready'; plan: RestorePlan; failure: string | null }
  | { phase: 'restoring'; plan: RestorePlan; stage: string }
  | { phase: 'done'; plan: RestorePlan; safety: string | null; warning: string | null };

interface RestoreFlowProps {
  /** What is on this PC now, which the backup replaces; null when it cannot be opened at all. */
  database: AppDatabase | null;
  backupId: BackupId;
  /** What "Cancel" (before the restore) and the last button (after it) are called, and where they go. */
  cancelLabel: string;
  doneLabel: string;
  onCancel: () => void;
  onDone: () => void;
}

export function RestoreFlow(props: RestoreFlowProps) {
  const { database, backupId, cancelLabel, doneLabel, onCancel, onDone } = props;
  const [state, setState] = useState<RestoreState>({ phase: 'checking' });
  // The scratch copy to throw away if the manager leaves without restoring.
  const pending = useRef<RestorePlan | null>(null);

  useEffect(() => {
    let current = true;
    prepareRestore(database, backupId).then(
      (plan) => {
        if (!current) {
          void discardRestore(plan);
          return;
        }
        pending.current = plan;
        setState({ phase: 'ready', plan, failure: null });
      },
      (caught: unknown) => {
        if (current)
          setState({
            phase: 'refused',
            message: actionError(caught, 'The backup could not be checked. Nothing was changed.').message,
          });
      },
    );
    return () => {
      current = false;
      if (pending.current !== null) void discardRestore(pending.current);
      pending.current = null;
    };
  }, [database, backupId]);

  async function replace(plan: RestorePlan) {
    setState({ phase: 'restoring', plan, stage: 'Taking a safety backup of what is here now…' });
    try {
      const outcome = await restoreBackup(database, plan, {
        onProgress: (stage) => setState({ phase: 'restoring', plan, stage }),
      });
      pending.current = null;
      // Leaving dates and the retention period recorded since the backup are main's facts: put them back.
      // A database that could not be opened was replaced: the app reopens it and mirrors them at its start.
      const factsProblem =
        database === null
          ? null
          : await mirrorRecordFacts(database).then(
              () => null,
              () =>
                'Leaving dates recorded since the backup could not be read back yet; restart the app to try again.',
            );
      const warnings = [outcome.warning, factsProblem].filter((text) => text !== null);
      setState({
        phase: 'done',
        plan,
        safety: outcome.safetyBackup?.fileName ?? null,
        warning: warnings.length === 0 ? null : warnings.join(' '),
      });
    } catch (caught) {
      setState({
        phase: 'ready',
        plan,
        failure: actionError(caught, 'The restore failed. Nothing on this PC was changed.').message,
      });
    }
  }

  switch (state.phase) {
    case 'checking':
      return <p aria-live="polite">Checking the backup: every part, and every signed record…</p>;
    case 'refused':
      return (
        <>
          <div role="alert" className="notice notice--error">
            <p className="notice__message">{state.message}</p>
          </div>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {cancelLabel}
          </button>
        </>
      );
    case 'ready':
    case 'restoring':
      return (
        <RestoreReady
          plan={state.plan}
          busyStage={state.phase === 'restoring' ? state.stage : null}
          failure={state.phase === 'ready' ? state.failure : null}
          cancelLabel={cancelLabel}
          onReplace={() => void replace(state.plan)}
          onCancel={onCancel}
        />
      );
    case 'done':
      return (
        <>
          <p className="notice notice--success" role="status">
            Restored the backup made {backupMoment(state.plan.check.backup.createdAt)}.
          </p>
          {state.safety !== null && (
            <p>
              What was here before is kept as the safety backup {state.safety}, listed in Backups if you need
              it.
            </p>
          )}
          {state.warning !== null && <p className="notice">{state.warning}</p>}
          <button type="button" className="button" onClick={onDone}>
            {doneLabel}
          </button>
        </>
      );
  }
}
