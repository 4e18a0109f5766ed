/**
 * How long main's event loop is held at a time (so the window waits on every other call) by
 * the longest requests, on a large home: 1,000 signed appraisals in the vault and 20,000
 * audit events. Each request runs through dispatch as the app runs it; the longest gap between
 * event-loop turns is read from perf_hooks' event-loop delay histogram. The target is about
 * 100 ms: anything longer must run in steps or off the main thread.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { registeredManagerActor } from '../../shared/audit/auditActor';
import type { Channel, RequestOf } from '../../shared/ipc';
import { handlerSetup, type HandlerSetup } from '../fixtures/handlerDeps';
import { sampleDocument } from '../fixtures/sampleDocument';
import { appendEvents, seedVault } from './seedVault';

export interface BlockingMeasurement {
  what: string;
  totalMs: number;
  longestBlockMs: number;
}

async function timed<C extends Channel>(
  setup: HandlerSetup,
  what: string,
  channel: C,
  request: RequestOf<C>,
): Promise<BlockingMeasurement> {
  // Let anything left over from seeding finish before measuring.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const started = performance.now();
  const reply = await setup.reply(channel, request);
  const totalMs = performance.now() - started;
  histogram.disable();
  if (!reply.ok) throw new Error(`${what}: ${reply.error.message}`);
  return { what, totalMs, longestBlockMs: histogram.max / 1e6 };
}

export async function benchmarkMainBlocking(
  documents = 1000,
  events = 20_000,
): Promise<BlockingMeasurement[]> {
  const setup = handlerSetup({ now: '2026-11-28T12:00:00.000Z', recordEmitted: false });
  await seedVault(setup.dataFolder, documents, () => setup.deps.now());
  await appendEvents(setup.dataFolder, events, () => setup.deps.now());
  setup.restart();
  const actor = registeredManagerActor;
  const results: BlockingMeasurement[] = [];
  results.push(
    await timed(setup, 'start-up check (audit log read and checked once)', 'app:startupCheck', undefined),
  );
  results.push(await timed(setup, 'check the whole audit log', 'audit:verify', { actor }));
  const long = sampleDocument({ evidence: 'x'.repeat(20_000), appraisal: { id: 'long-text' } });
  results.push(
    await timed(setup, 'seal a document with 20,000 unbroken characters', 'documents:seal', {
      document: long,
      logo: null,
      actor: `appraiser:${long.appraisal.id}`,
    }),
  );
  results.push(
    await timed(setup, `inspection pack of ${documents} documents`, 'export:inspectionPack', {
      jobId: 'bench-pack-1',
      from: '2026-01-01',
      to: '2026-12-31',
      home: { name: 'Willow Bank Care Home', address: '14 Orchard Lane', cqcLocationId: '1-123456789' },
      logo: null,
      compliance: {
        asOf: '2026-11-28',
        rows: [],
        counts: { active: 0, inDate: 0, dueSoon: 0, overdue: 0, neverAppraised: 0 },
        completionPercent: 0,
      },
      preparedBy: 'Łucja Wąsowska',
      actor,
    }),
  );
  const [pack] = readdirSync(setup.savedFolder);
  setup.openAnswers.push(join(setup.savedFolder, pack ?? ''));
  results.push(await timed(setup, `check that pack`, 'export:verifyPack', { actor }));
  await setup.call('records:setLeavingDate', { staffId: 'staff-1', leavingDate: '2026-06-30', actor });
  setup.setNow('2032-07-01T09:00:00.000Z');
  // Main destroys only straight after a checked backup (the renderer makes one first).
  const backup = { jobId: 'bench-backup-1', actor };
  await setup.call('backup:begin', { ...backup, reason: 'before-destroy', schemaVersion: 4 });
  await setup.call('backup:writeChunk', {
    jobId: backup.jobId,
    text: '{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"bench","databaseVersion":4,"tables":[],"data":[]}}',
  });
  await setup.call('backup:finish', backup);
  results.push(
    await timed(
      setup,
      `destroy one leaver's records (${documents} documents read for whose they are)`,
      'records:destroy',
      {
        staffId: 'staff-1',
        actor,
      },
    ),
  );
  setup.remove();
  return results;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const result of await benchmarkMainBlocking())
    console.log(
      `${result.what}: ${result.totalMs.toFixed(0)} ms in all, longest block ${result.longestBlockMs.toFixed(0)} ms`,
    );
}
