/**
 * Replaces every table of the database in use with a checked scratch copy's, all or nothing:
 * one read-write transaction over every table clears them and adds the scratch copy's rows a
 * page at a time. If anything fails part way (a full disk, a closed window, a bad row), the
 * transaction aborts and IndexedDB leaves every table exactly as it was.
 */
import Dexie from 'dexie';
import { derivedTables, type AppDatabase } from '../database';

/** Rows copied at a time: an appraisal with drawn signatures is ~10–60 KB. */
const rowsPerPage = 200;

export interface ReplaceProgress {
  table: string;
  rows: number;
  totalRows: number;
}

export async function replaceFromScratch(
  live: AppDatabase,
  scratch: AppDatabase,
  onPage?: (progress: ReplaceProgress) => void,
): Promise<void> {
  // Derived tables are rebuilt from the rows they derive from as those are added.
  const tableNames = live.tables.map((table) => table.name).filter((name) => !derivedTables.has(name));
  const totals = await Promise.all(tableNames.map((name) => scratch.table(name).count()));
  const totalRows = totals.reduce((sum, count) => sum + count, 0);
  let rows = 0;
  await live.transaction('rw', tableNames, async () => {
    for (const name of tableNames) await live.table(name).clear();
    for (const name of tableNames) {
      let after: string | null = null;
      for (;;) {
        // A read of the other database, kept out of this transaction; waitFor keeps this
        // transaction alive meanwhile (an IndexedDB transaction commits once it sits idle).
        const page = await Dexie.waitFor(Dexie.ignoreTransaction(() => pageOf(scratch, name, after)));
        if (page.values.length === 0) break;
        await live.table(name).bulkAdd(page.values);
        rows += page.values.length;
        after = page.lastKey;
        onPage?.({ table: name, rows, totalRows });
        if (page.values.length < rowsPerPage) break;
      }
    }
  });
}

/** Every table of ours is keyed by a string (an id, or a setting's key). */
async function pageOf(
  scratch: AppDatabase,
  tableName: string,
  after: string | null,
): Promise<{ values: object[]; lastKey: string | null }> {
  const table = scratch.table<object, string>(tableName);
  const collection = after === null ? table.orderBy(':id') : table.where(':id').above(after);
  const values = await collection.limit(rowsPerPage).toArray();
  const last = values.at(-1);
  if (last === undefined) return { values, lastKey: null };
  const key: unknown = Dexie.getByKeyPath(last, table.schema.primKey.keyPath ?? '');
  if (typeof key !== 'string') throw new Error(`A row in ${tableName} has no key, so it cannot be restored.`);
  return { values, lastKey: key };
}
