/**
 * The first start each day makes a backup. Called by the app shell at start-up; it never
 * throws, so a backup that cannot be made never stops the manager working: it says why instead.
 */
import type { BackupResult } from '../../shared/backup/backupContract';
import { bridge } from '../api';
import type { AppDatabase } from '../db/database';
import { backUp } from './backUp';

export async function backUpIfDue(
  db: AppDatabase,
): Promise<{ result: BackupResult | null; problem: string | null }> {
  try {
    const status = await bridge().backup.status();
    if (!status.dailyDue) return { result: null, problem: null };
    return { result: await backUp(db, 'daily'), problem: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { result: null, problem: `Today’s automatic backup was not made: ${reason}` };
  }
}
