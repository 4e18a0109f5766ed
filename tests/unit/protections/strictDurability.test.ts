/**
 * Protection: the app's Dexie database asks IndexedDB for `durability: 'strict'` on every
 * write, so Chromium flushes each commit to disk and a power cut loses nothing the manager
 * saw saved (renderer/db/database.ts). Without it Chromium defaults to 'relaxed'.
 *
 * fake-indexeddb ignores durability, so the test records what Dexie asks for: the IndexedDB
 * factory handed to the real AppDatabase wraps each opened IDBDatabase's transaction().
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../../../renderer/db/database';
import { saveSettings } from '../../../renderer/db/homeSettingsForm';
import { addStaff } from '../../../renderer/db/staffRepository';
import { emptyStaffForm } from '../../../shared/staff/staffMember';

interface TransactionCall {
  storeNames: string[];
  mode: IDBTransactionMode | undefined;
  options: IDBTransactionOptions | undefined;
}

/** The global (fake) IndexedDB, with every transaction() of the databases it opens recorded. */
function recordingIndexedDB(calls: TransactionCall[]): IDBFactory {
  const real = indexedDB;
  const patched = new WeakSet<IDBDatabase>();
  const record = (idb: IDBDatabase): void => {
    if (patched.has(idb)) return;
    patched.add(idb);
    const transaction = idb.transaction.bind(idb);
    // An own property on this one connection, set before Dexie builds its core from it
    // (Dexie binds `idbdb.transaction` once the open succeeds).
    idb.transaction = (storeNames, mode, options) => {
      calls.push({
        storeNames: typeof storeNames === 'string' ? [storeNames] : [...storeNames],
        mode,
        options,
      });
      return transaction(storeNames, mode, options);
    };
  };
  const open = (name: string, version?: number): IDBOpenDBRequest => {
    const request = version === undefined ? real.open(name) : real.open(name, version);
    // Listeners run before the on* handler Dexie sets, so the connection is patched first.
    request.addEventListener('upgradeneeded', () => record(request.result));
    request.addEventListener('success', () => record(request.result));
    return request;
  };
  return {
    open,
    deleteDatabase: (name) => real.deleteDatabase(name),
    cmp: (a, b) => real.cmp(a, b),
    databases: () => real.databases(),
  };
}

let db: AppDatabase | null = null;
afterEach(async () => {
  db?.close();
  await db?.delete();
  db = null;
});

describe('strict transaction durability', () => {
  it('asks IndexedDB for strict durability on every write the repositories make', async () => {
    const calls: TransactionCall[] = [];
    db = new AppDatabase(`durability-${crypto.randomUUID()}`, {
      indexedDB: recordingIndexedDB(calls),
      IDBKeyRange,
    });

    await saveSettings(
      db,
      {
        homeName: 'Rosewood House',
        address: '12 Mill Lane\nLeeds\nLS1 4AB',
        registeredManager: 'María José Núñez',
        cqcLocationId: '1-123456789',
        appraisalIntervalMonths: '12',
      },
      null,
    );
    const added = await addStaff(db, {
      ...emptyStaffForm,
      fullName: 'Siobhán Ní Bhriain',
      role: 'Care assistant',
      startDate: '2024-04-01',
    });
    expect(added.status).toBe('saved');

    const writes = calls.filter((call) => call.mode === 'readwrite');
    // The wrapper really saw the repositories' writes (else the check below proves nothing).
    expect(writes.map((call) => call.storeNames)).toEqual(expect.arrayContaining([['settings'], ['staff']]));
    for (const write of writes)
      expect(write.options, `stores ${write.storeNames.join(', ')}`).toEqual({ durability: 'strict' });
  });
});
