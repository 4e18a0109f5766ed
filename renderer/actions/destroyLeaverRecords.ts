/**
 * Destroying a leaver's records once retention has passed. Main decides, from its own facts
 * (the leaving date and retention period recorded through it, its own clock, the documents its
 * vault holds for that person), logs the destruction and removes the signed files; then the
 * working store drops their appraisals and register entry, judged by the same facts. A verified
 * backup ('before-destroy') is made first: main refuses to destroy without one from the last few
 * minutes, and a backup that fails stops the destroy with nothing destroyed.
 */
import { bridge } from '../api';
import type { AppDatabase } from '../db/database';
import { destroyLeaverRecords as destroyInStore, planDestruction } from '../db/retention';
import { homeActor } from './actors';
import { backUp } from './backUp';
import { mirrorRecordFacts } from './mirrorRecordFacts';
import { RefusedChangeError } from '../db/repositoryErrors';

export interface DestroyOutcome {
  fullName: string;
  appraisals: number;
  signedDocuments: number;
}

export async function destroyLeaverRecords(db: AppDatabase, staffId: string): Promise<DestroyOutcome> {
  // Read, then call main, then write: never IPC inside a Dexie transaction.
  const facts = await mirrorRecordFacts(db);
  await planDestruction(db, staffId, facts.retentionYears, facts.today);
  await backUpBeforeDestroying(db);
  const { documentIds } = await bridge().records.destroy({ staffId, actor: homeActor });
  const removed = await destroyInStore(db, staffId, facts.retentionYears, facts.today);
  return { ...removed, signedDocuments: documentIds.length };
}

async function backUpBeforeDestroying(db: AppDatabase): Promise<void> {
  const result = await backUp(db, 'before-destroy').catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RefusedChangeError(
      `Nothing was destroyed: the backup made first could not be made. ${reason}`,
      {
        cause: error,
      },
    );
  });
  if (result.outcome !== 'saved')
    throw new RefusedChangeError('Nothing was destroyed: the backup made first was not made.');
}
