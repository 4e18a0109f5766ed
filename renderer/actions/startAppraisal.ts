/** Starting an appraisal (or finding the draft already in progress), then logging it. */
import type { AppDatabase } from '../db/database';
import {
  startAppraisal as startInStore,
  type StartAppraisalInput,
  type StartAppraisalResult,
} from '../db/appraisalRepository';
import { recordAppraisalEvent } from './appraisalEvents';

export type StartOutcome = StartAppraisalResult & { warning: string | null };

export async function startAppraisal(db: AppDatabase, input: StartAppraisalInput): Promise<StartOutcome> {
  const result = await startInStore(db, input);
  if (result.outcome !== 'created') return { ...result, warning: null };
  const warning = await recordAppraisalEvent({
    action: 'create',
    appraisalId: result.appraisal.id,
    version: result.appraisal.version,
  });
  return { ...result, warning };
}
