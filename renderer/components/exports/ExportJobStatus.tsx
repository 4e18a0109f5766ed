/**
 * What an export is doing and how it ended: a progress bar with the stage and count while it
 * runs (with Cancel), then what was saved, that nothing was saved, or why it failed.
 */
import type { ExportProgress, ExportResult } from '../../../shared/exports/exportJob';
import { fileSize } from '../fileSize';
import { useRevealWhenDone } from '../useRevealWhenDone';
import type { ExportJobState } from './useExportJob';
import './exportJob.css';

interface ExportJobStatusProps {
  state: ExportJobState;
  onCancel: () => void;
}

export function ExportJobStatus({ state, onCancel }: ExportJobStatusProps) {
  const answer = useRevealWhenDone<HTMLDivElement>(state.phase === 'running');
  return (
    <div className="export-job" aria-live="polite" ref={answer} tabIndex={-1}>
      {state.phase === 'running' && (
        <div className="export-job__running">
          <label className="export-job__label">
            <span>{runningLabel(state.progress, state.cancelling)}</span>
            <progress
              className="export-job__bar"
              max={Math.max(state.progress?.total ?? 0, 1)}
              value={state.progress === null ? undefined : state.progress.done}
            />
          </label>
          <button
            type="button"
            className="button button--secondary"
            onClick={onCancel}
            disabled={state.cancelling}
          >
            {state.cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        </div>
      )}
      {state.phase === 'finished' && <ResultNotice result={state.result} />}
      {state.phase === 'failed' && (
        <p role="alert" className="notice notice--error">
          The export failed and nothing was saved: {state.message}
        </p>
      )}
    </div>
  );
}

function runningLabel(progress: ExportProgress | null, cancelling: boolean): string {
  if (cancelling) return 'Cancelling: removing the unfinished file…';
  if (progress === null) return 'Starting…';
  const count =
    progress.total > 0
      ? `: ${progress.done} of ${progress.total} ${progress.total === 1 ? 'document' : 'documents'}`
      : '';
  return `${progress.stage}${count}`;
}

function ResultNotice({ result }: { result: ExportResult }) {
  if (result.outcome === 'not-saved')
    return <p className="notice">Nothing was saved: no place was chosen.</p>;
  if (result.outcome === 'cancelled') return <p className="notice">Cancelled: nothing was saved.</p>;
  return (
    <p className="notice notice--success">
      Saved {result.fileName}: {result.documents} signed {result.documents === 1 ? 'appraisal' : 'appraisals'}
      , {fileSize(result.bytes)}.{result.warning === null ? '' : ` ${result.warning}`}
    </p>
  );
}
