/**
 * A page reloaded half-way through a backup leaves main holding the job; the reloaded page
 * cancels it at start, so its own backups are not refused as "already being made" (#11).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { backUp } from '../../../../renderer/actions/backUp';
import { cancelBackupLeftBehind } from '../../../../renderer/actions/backupInFlight';
import { bridge } from '../../../../renderer/api';
import type { AppDatabase } from '../../../../renderer/db/database';
import { disposeDatabase, freshDatabase } from '../freshDatabase';
import { connectToMain, homeSettingsIn } from './rendererWithMain';

/** The tab's sessionStorage, which survives a reload. */
const tabStorage = new Map<string, string>();
Object.assign(globalThis, {
  sessionStorage: {
    getItem: (key: string) => tabStorage.get(key) ?? null,
    setItem: (key: string, value: string) => tabStorage.set(key, value),
    removeItem: (key: string) => tabStorage.delete(key),
  },
});

let db: AppDatabase;
beforeEach(async () => {
  connectToMain({ now: '2026-03-12T14:20:00.000Z' });
  db = freshDatabase();
  await homeSettingsIn(db);
});
afterEach(() => disposeDatabase(db));

it('cancels the backup a reloaded page left half-sent, so the next one is made', async () => {
  // The page before the reload: begun, one piece sent, then gone.
  await bridge().backup.begin({ jobId: 'left-behind-1', reason: 'daily', schemaVersion: 4, actor: 'app' });
  await bridge().backup.writeChunk({ jobId: 'left-behind-1', text: '{"formatName":"dexie",' });
  tabStorage.set('care-appraisals:backup-in-flight', 'left-behind-1');
  await expect(backUp(db, 'manual')).rejects.toThrow('A backup is already being made.');

  await cancelBackupLeftBehind();

  await expect(backUp(db, 'manual')).resolves.toMatchObject({ outcome: 'saved' });
  expect(tabStorage.has('care-appraisals:backup-in-flight')).toBe(false);
});

it('remembers the job before main is asked to begin it, so a reload at that moment can cancel it', async () => {
  // What the tab holds when main starts the job is what a page reloaded then would find.
  const api = bridge();
  const begin = api.backup.begin;
  let remembered: string | undefined;
  let asked: string | undefined;
  api.backup.begin = (request) => {
    remembered = tabStorage.get('care-appraisals:backup-in-flight');
    asked = request.jobId;
    return begin(request);
  };
  try {
    await expect(backUp(db, 'manual')).resolves.toMatchObject({ outcome: 'saved' });
  } finally {
    api.backup.begin = begin;
  }
  expect(asked).toBeDefined();
  expect(remembered).toBe(asked);
  expect(tabStorage.has('care-appraisals:backup-in-flight')).toBe(false);
});

it('forgets the job when main does not start it', async () => {
  await expect(backUp(db, 'daily')).resolves.toMatchObject({ outcome: 'saved' });
  await expect(backUp(db, 'daily')).resolves.toEqual({ outcome: 'not-due' });
  expect(tabStorage.has('care-appraisals:backup-in-flight')).toBe(false);
});
