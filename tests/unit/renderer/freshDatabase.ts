/** A new, empty database per test, on fake-indexeddb, closed and deleted afterwards. */
import 'fake-indexeddb/auto';
import { AppDatabase } from '../../../renderer/db/database';

export function freshDatabase(): AppDatabase {
  return new AppDatabase(`test-${crypto.randomUUID()}`);
}

export async function disposeDatabase(db: AppDatabase): Promise<void> {
  db.close();
  await db.delete();
}
