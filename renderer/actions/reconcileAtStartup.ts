/**
 * Once per run, when the app opens: main's start-up checks (audit chain, leftover temp files,
 * unfinished destructions), the register and Settings brought into line with main's facts, and
 * every draft whose document main had already sealed adopted as the signed record (the app
 * stopped before the seal was recorded here, or the draft changed after main sealed it).
 * Countersigned drafts with no seal stay where the dashboard shows them, with "Try sealing again".
 */
import type { StartupCheck } from '../../shared/ipc';
import { bridge } from '../api';
import type { AppDatabase } from '../db/database';
import { draftDocumentIds } from '../db/appraisalRepository';
import { adoptFromVault } from './adoptFromVault';
import { mirrorRecordFacts } from './mirrorRecordFacts';

export interface StartupReconcile {
  check: StartupCheck;
  /** Drafts that turned out to be sealed already, now signed records. */
  adopted: number;
  /** Something could not be checked; said plainly on the dashboard. */
  problems: string[];
}

const batchSize = 1000;

export async function reconcileAtStartup(db: AppDatabase): Promise<StartupReconcile> {
  const api = bridge();
  const check = await api.app.startupCheck();
  const problems: string[] = [];
  try {
    await mirrorRecordFacts(db);
  } catch {
    problems.push(
      'Leaving dates and the retention period could not be checked against the app’s records. Restart Care Appraisals; if this keeps happening, tell IT.',
    );
  }
  let adopted = 0;
  try {
    const ids = await draftDocumentIds(db);
    for (let start = 0; start < ids.length; start += batchSize) {
      const { states } = await api.documents.sealState({ documentIds: ids.slice(start, start + batchSize) });
      for (const state of states) {
        if (state.seal === null || state.destroyed) continue;
        await adoptFromVault(db, state.documentId);
        adopted += 1;
      }
    }
  } catch {
    problems.push(
      'Some drafts could not be checked against the signed documents kept by the app. Restart Care Appraisals; if this keeps happening, tell IT.',
    );
  }
  return { check, adopted, problems: [...check.problems, ...problems] };
}
