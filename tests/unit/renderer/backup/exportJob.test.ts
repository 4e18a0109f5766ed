/**
 * The backup's export as the worker makes it (exportJob.ts, the same code the window runs where
 * there are no workers): opened afresh by name in a thread of its own, it must hand main exactly
 * the export the app's open database makes, in pieces no longer than asked, none lost or doubled.
 */
import 'fake-indexeddb/auto';
import './browserBlobs';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDatabase, exportStoredDatabase } from '../../../../renderer/db/backup/exportDatabase';
import { exportInPieces } from '../../../../renderer/db/backup/exportJob';
import type { AppDatabase } from '../../../../renderer/db/database';
import { disposeDatabase, freshDatabase } from '../freshDatabase';
import { seedHome } from './seedHome';

let db: AppDatabase;

beforeAll(async () => {
  db = freshDatabase();
  await seedHome(db, 6);
});
afterAll(() => disposeDatabase(db));

interface Piece {
  text: string;
  bytesRead: number;
  totalBytes: number;
}

async function piecesOf(databaseName: string, asItIs: boolean, pieceLength: number): Promise<Piece[]> {
  const pieces: Piece[] = [];
  await exportInPieces({ databaseName, asItIs, pieceLength }, {}, (text, bytesRead, totalBytes) => {
    pieces.push({ text, bytesRead, totalBytes });
    return Promise.resolve();
  });
  return pieces;
}

/** Compared by length first, then whole: a failure should not print two exports of a home. */
function expectSameText(pieces: readonly Piece[], whole: string): void {
  const joined = pieces.map((piece) => piece.text).join('');
  expect(joined.length).toBe(whole.length);
  expect(joined === whole, 'the pieces join to the very same export').toBe(true);
}

describe('the backup’s export, in pieces', () => {
  it('is exactly the export of the database the app has open, every piece within the length asked', async () => {
    const whole = await (await exportDatabase(db)).text();
    const pieces = await piecesOf(db.name, false, 4096);

    expectSameText(pieces, whole);
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((piece) => piece.text.length))).toBeLessThanOrEqual(4096);
    const totalBytes = new TextEncoder().encode(whole).length;
    expect(pieces.every((piece) => piece.totalBytes === totalBytes)).toBe(true);
    expect(pieces.at(-1)?.bytesRead).toBe(totalBytes);
  });

  it('holds every staff member and appraisal, and leaves the database as it was', async () => {
    const before = { staff: await db.staff.count(), appraisals: await db.appraisals.count() };
    const exported = JSON.parse(
      (await piecesOf(db.name, false, 65_536)).map((piece) => piece.text).join(''),
    ) as {
      data: { data: { tableName: string; rows: unknown[] }[] };
    };
    const rows = (table: string) => exported.data.data.find((t) => t.tableName === table)?.rows.length;

    expect({ staff: rows('staff'), appraisals: rows('appraisals') }).toEqual(before);
    expect(before.appraisals).toBe(60);
    expect({ staff: await db.staff.count(), appraisals: await db.appraisals.count() }).toEqual(before);
    expect(db.isOpen()).toBe(true);
  });

  it('as it is: the stored database exactly as stored, without opening it at this app’s schema', async () => {
    const name = `older-${crypto.randomUUID()}`;
    const older = new Dexie(name);
    older.version(3).stores({ staff: 'id, nameKey', auditEvents: 'seq' });
    await older.table('staff').add({ id: 'kept-as-it-was', nameKey: 'kept' });
    older.close();
    try {
      const pieces = await piecesOf(name, true, 1024);
      const whole = await (await exportStoredDatabase(name)).text();
      expectSameText(pieces, whole);
      expect(whole).toContain('kept-as-it-was');
      expect(whole).toContain('auditEvents');
    } finally {
      await Dexie.delete(name);
    }
  });
});
