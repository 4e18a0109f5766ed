/**
 * Records kept from the catalogue's read for records.json: each comes back whole in any order,
 * its framework kept once and deflated once; the caller's buffer may be reused as soon as a
 * record is kept; the temp file beside the pack is gone afterwards.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openKeptRecords, type KeptRecord } from '../../../electron/services/exports/keptRecords';
import { canonicalJson } from '../../../shared/integrity/canonicalJson';
import { sampleDocument } from '../../fixtures/sampleDocument';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const whole = (record: KeptRecord) =>
  Buffer.concat([record.before, record.framework?.text ?? Buffer.alloc(0), record.after]);

describe('records kept for records.json', () => {
  it('gives each record back whole, in any order, with one framework shared and deflated once', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kept-records-'));
    const kept = await openKeptRecords(join(folder, 'pack.zip'));
    const records = [
      ...['a1', 'a2', 'a3'].map((id) =>
        Buffer.from(canonicalJson(sampleDocument({ appraisal: { id, staffId: `s-${id}` } }))),
      ),
      // Not laid out canonically: kept whole, without a framework of its own.
      Buffer.from(JSON.stringify(sampleDocument({ appraisal: { id: 'a4' } }), null, 1)),
      // Larger than one write, so it spans two.
      Buffer.from(`{"long":"${'x'.repeat(600_000)}"}`),
    ];
    const reused = Buffer.alloc(700_000);
    for (const record of records) {
      record.copy(reused);
      await kept.keep(sha256(record), reused.subarray(0, record.byteLength));
      reused.fill(0);
    }
    expect(readdirSync(folder)).toHaveLength(1);

    const back = await Promise.all(
      [4, 2, 0, 3, 1].map((i) => kept.take(sha256(records[i] ?? Buffer.alloc(0)))),
    );
    expect(back.map(whole)).toEqual([4, 2, 0, 3, 1].map((i) => records[i]));
    const frameworks = new Set(back.map((record) => record.framework));
    expect(frameworks.size).toBe(2); // the shared one, and none
    const shared = back[1]?.framework;
    expect(shared).toBeTruthy();
    const piece = (await shared?.piece()) ?? Buffer.alloc(0);
    expect(await shared?.piece()).toBe(piece);
    expect(
      inflateRawSync(Buffer.concat([piece, Buffer.from([3, 0])])).equals(shared?.text ?? Buffer.alloc(1)),
    ).toBe(true);
    for (const record of back) record.release();

    await kept.remove();
    expect(readdirSync(folder)).toEqual([]);
  });
});
