/** Discarding a draft for good (its unsaved-text journal too), then logging it. */
import type { AppDatabase } from '../db/database';
import { discardDraft as discardInStore } from '../db/appraisalRepository';
import { clearJournal } from '../db/unsavedJournal';
import { recordAppraisalEvent } from './appraisalEvents';

export async function discardDraft(
  db: AppDatabase,
  appraisalId: string,
): Promise<{ discarded: boolean; warning: string | null }> {
  const discarded = await discardInStore(db, appraisalId);
  clearJournal(appraisalId);
  if (discarded === null) return { discarded: false, warning: null };
  return { discarded: true, warning: await recordAppraisalEvent({ action: 'discard', appraisalId }) };
}
