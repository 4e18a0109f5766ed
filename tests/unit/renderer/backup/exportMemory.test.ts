/**
 * The chunked export keeps memory flat at 5,000 appraisals (#11). The backup of a large home
 * (500 staff, 5,000 complete appraisals with drawn signatures) is streamed to a main that only
 * counts what it receives, so what is measured is the renderer's side alone. The JS heap is
 * sampled after a full garbage collection at every progress step (each page of rows exported,
 * each piece sent): what stays alive, not garbage waiting to be collected, so the figure does
 * not depend on when V8 chooses to collect on a loaded machine.
 */
import 'fake-indexeddb/auto';
import './browserBlobs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backUp } from '../../../../renderer/actions/backUp';
import type { AppDatabase } from '../../../../renderer/db/database';
import { maxBackupChunkLength } from '../../../../shared/backup/backupContract';
import { disposeDatabase, freshDatabase } from '../freshDatabase';
import { countingMain } from './countingMain';
import { seedHome } from './seedHome';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function liveHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

const main = countingMain();
let db: AppDatabase;

beforeAll(async () => {
  db = freshDatabase();
  await seedHome(db, 500);
}, 300_000);
afterAll(() => disposeDatabase(db));

describe('backing up 500 staff and 5,000 appraisals', () => {
  it('keeps the JS heap flat: it never holds more than a small part of the export', async () => {
    const baseline = liveHeap();
    let peak = baseline;
    const result = await backUp(db, 'manual', {
      onProgress: () => {
        peak = Math.max(peak, liveHeap());
      },
    });

    expect(result.outcome).toBe('saved');
    expect(main.received.pieces).toBeGreaterThan(10);
    expect(main.received.longestPiece).toBeLessThanOrEqual(maxBackupChunkLength);
    const exportSize = main.received.characters;
    const growth = peak - baseline;
    console.info(
      `export ${(exportSize / 1e6).toFixed(1)} M characters in ${main.received.pieces} pieces; ` +
        `live heap growth at its peak ${(growth / 1e6).toFixed(1)} MB (baseline ${(baseline / 1e6).toFixed(0)} MB)`,
    );
    // Holding the export whole would grow the heap by at least its size (2 bytes a character
    // once it is more than Latin-1); the pipeline holds a page of rows and a piece or two.
    expect(exportSize).toBeGreaterThan(50_000_000);
    expect(growth).toBeLessThan(exportSize / 5);
  }, 300_000);
});
