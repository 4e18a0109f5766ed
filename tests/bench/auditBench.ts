/**
 * The audit log as the manager waits on it: one fsynced append (opening a document appends)
 * on an empty log and on logs of 10,000 and 100,000 events, in turn (#13: within 10% of empty), and the start-up pass that reads and checks a
 * 100,000-event log, with the longest the event loop was held during it (the pass must hand
 * it back at least every ~100 ms). Logs are seeded straight into the file, as one write.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nextAuditEvent } from '../../shared/audit/auditChain';
import type { AuditEvent } from '../../shared/audit/auditEvent';
import { canonicalJson } from '../../shared/integrity/canonicalJson';
import { auditLogPath, openAuditLog, type AuditAppendInput } from '../../electron/services/audit/auditLog';
import { measureAlternating, type Measurement } from './measure';

const opened: AuditAppendInput = {
  actor: 'registered-manager',
  action: 'verify',
  entityId: 'appraisal-17',
  fingerprint: null,
  detail: 'The signed document was opened and its files checked: unchanged.',
};

/** A data folder whose log holds `count` events about 1,000 appraisals, one in 100 carrying facts. */
export function seededAuditFolder(count: number): string {
  const dataFolder = mkdtempSync(join(tmpdir(), 'care-appraisals-audit-bench-'));
  mkdirSync(join(dataFolder, 'audit'));
  const lines: string[] = [];
  let previous: AuditEvent | null = null;
  for (let i = 0; i < count; i++) {
    const input: AuditAppendInput =
      i % 100 === 99
        ? {
            ...opened,
            action: 'leaving-date',
            entityId: `staff-${i % 300}`,
            detail: 'Leaving date recorded.',
            facts: { kind: 'leaving-date', staffId: `staff-${i % 300}`, leavingDate: '2025-01-31' },
          }
        : { ...opened, entityId: `appraisal-${i % 1000}` };
    previous = nextAuditEvent(previous, {
      ...input,
      at: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    });
    lines.push(`${canonicalJson(previous)}\n`);
  }
  writeFileSync(auditLogPath(dataFolder), lines.join(''));
  return dataFolder;
}

/** Times `run` while a ticker records the longest gap between turns of the event loop. */
async function withLongestBlock(
  run: () => Promise<unknown>,
): Promise<{ ms: number; longestBlockMs: number }> {
  let longest = 0;
  let running = true;
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  running = false;
  return { ms, longestBlockMs: longest };
}

export async function benchmarkAuditLog(): Promise<{
  rows: Measurement[];
  empty: Measurement;
  atScale: Measurement;
}> {
  // The three logs' appends in turn, so the ratio of the largest to the empty one is not the
  // disk's mood in one moment against another (an fsync is most of each append).
  const counts = [0, 10_000, 100_000];
  const folders = counts.map((count) => seededAuditFolder(count));
  const results: Measurement[] = [];
  try {
    const logs = folders.map((dataFolder) => openAuditLog({ dataFolder, now: () => new Date() }));
    for (const log of logs) await log.open();
    results.push(
      ...(await measureAlternating(
        logs.map((log, index) => {
          const count = counts[index] ?? 0;
          return {
            name: `Audit append on ${count === 0 ? 'an empty log' : `${count.toLocaleString('en-GB')} events`}`,
            detail: 'one event, checked, written and fsynced; no re-read',
            run: () => log.append(opened),
          };
        }),
        { minRuns: 30, minTimeMs: 4500 },
      )),
    );
  } finally {
    for (const dataFolder of folders) rmSync(dataFolder, { recursive: true, force: true });
  }

  const dataFolder = seededAuditFolder(100_000);
  const passes: { ms: number; longestBlockMs: number }[] = [];
  for (let run = 0; run < 5; run++) {
    passes.push(await withLongestBlock(() => openAuditLog({ dataFolder, now: () => new Date() }).open()));
  }
  rmSync(dataFolder, { recursive: true, force: true });
  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? NaN, p95Ms: sorted.at(-1) ?? NaN };
  };
  results.push(
    {
      name: 'Audit log start-up pass on 100,000 events',
      detail: 'stream, check every hash and link, index records and facts',
      ...summary(passes.map((p) => p.ms)),
      runs: passes.length,
    },
    {
      name: 'Longest event-loop block in that pass',
      detail: 'longest gap between event-loop turns while it ran (p95 column: the worst run)',
      ...summary(passes.map((p) => p.longestBlockMs)),
      runs: passes.length,
    },
  );
  const [empty, , atScale] = results;
  if (empty === undefined || atScale === undefined) throw new Error('The appends were not measured.');
  return { rows: results, empty, atScale };
}
