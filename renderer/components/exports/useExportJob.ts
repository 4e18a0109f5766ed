/**
 * One long export (the inspection pack, a subject access bundle) as the screen sees it: start
 * it under a fresh job id, follow main's progress events for that job only, cancel it, and
 * keep the outcome to show. Shared by every export button so they all behave the same.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportProgress, ExportResult } from '../../../shared/exports/exportJob';
import { cancelExport, onExportProgress } from '../../actions/exports';
import { actionError } from '../actionError';

export type ExportJobState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ExportProgress | null; cancelling: boolean }
  | { phase: 'finished'; result: ExportResult }
  | { phase: 'failed'; message: string };

export function useExportJob(failureMessage: string) {
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' });
  const jobIdRef = useRef<string | null>(null);

  useEffect(
    () =>
      onExportProgress((progress) => {
        if (progress.jobId !== jobIdRef.current) return;
        setState((current) => (current.phase === 'running' ? { ...current, progress } : current));
      }),
    [],
  );

  const run = useCallback(
    async (start: (jobId: string) => Promise<ExportResult>) => {
      if (jobIdRef.current !== null) return;
      const jobId = crypto.randomUUID();
      jobIdRef.current = jobId;
      setState({ phase: 'running', progress: null, cancelling: false });
      try {
        const result = await start(jobId);
        setState({ phase: 'finished', result });
      } catch (caught) {
        setState({ phase: 'failed', message: actionError(caught, failureMessage).message });
      } finally {
        jobIdRef.current = null;
      }
    },
    [failureMessage],
  );

  const cancel = useCallback(async () => {
    const jobId = jobIdRef.current;
    if (jobId === null) return;
    setState((current) => (current.phase === 'running' ? { ...current, cancelling: true } : current));
    try {
      await cancelExport(jobId);
    } catch {
      // The export's own answer (cancelled, saved or failed) still arrives and is shown.
    }
  }, []);

  return { state, run, cancel, running: state.phase === 'running' };
}
