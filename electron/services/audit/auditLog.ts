/**
 * The audit log on disk: `<dataFolder>/audit/audit-log.jsonl`, one event per line as
 * canonical JSON, each chained to the one before (shared/audit/auditChain.ts).
 *
 * The file is read once, at start-up (auditScan.ts): that pass checks the chain and keeps the
 * head, where the file ends, an index of each record's lines and the events carrying facts,
 * so an append costs the same at the 100th event and the 100,000th. If the file's size is not
 * what main last wrote (something else changed it), the pass runs again before the next
 * operation, so the chain continues from what is really there.
 *
 * Appends are serialised through one promise queue (there is one main process), checked
 * before anything is written (auditInput.ts), and each is written and flushed to disk before
 * it resolves, so an acknowledged event survives a power cut. A last line torn by a power cut
 * is set aside at start-up (tornTail.ts) and the repair logged; any other unreadable line stays
 * where it is and the check names it by its line number.
 */
import { mkdir, open, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ChainCheck } from '../../../shared/audit/auditChain';
import { appActor } from '../../../shared/audit/auditActor';
import { auditEventSchema, type AuditAppendInput, type AuditEvent } from '../../../shared/audit/auditEvent';
import { syncFolder } from '../atomicFile';
import { buildAuditLine, checkAppendInput } from './auditInput';
import { forEachLine, readLinesAt } from './auditLines';
import { parseJson, recordEvent, scanAuditLog, spansOf, type AuditLogState } from './auditScan';
import { createQueue } from './serialQueue';
import { setAsideTornTail } from './tornTail';

export type { AuditAppendInput } from '../../../shared/audit/auditEvent';
export { AuditInputError } from './auditInput';

export interface AuditLogDeps {
  dataFolder: string;
  now(): Date;
}

interface AuditStartupReport {
  check: ChainCheck;
  /** Set when a last line torn by an interrupted write was set aside (`keptAs`: the file's name in audit/). */
  repairedTornTail: { bytes: number; keptAs: string } | null;
}

export interface AuditLog {
  /** The start-up pass, run once however often it is called; every other method waits for it. */
  open(): Promise<AuditStartupReport>;
  /** Throws AuditInputError, writing nothing, for input that may not be logged. */
  append(input: AuditAppendInput): Promise<AuditEvent>;
  /**
   * Runs `work` with the chain's head as it stands, then appends the event `work` returns, only
   * if `work` succeeds; nothing else is appended in between. Sealing prints that head on the PDF
   * and records the PDF's signature in the seal event itself, which the head could not hold.
   */
  appendAfterHead<T>(
    work: (head: { seq: number; hash: string }) => Promise<{ input: AuditAppendInput; result: T }>,
  ): Promise<{ event: AuditEvent; result: T }>;
  /** The last readable event's seq and hash (0 and the genesis hash for an empty log). */
  head(): Promise<{ seq: number; hash: string }>;
  /** The readable events about any of these records, oldest first. */
  list(entityIds: readonly string[]): Promise<AuditEvent[]>;
  /** Every readable event that carries facts, oldest first. */
  factEvents(): Promise<AuditEvent[]>;
  /** Every line: parsed events, and the JSON or raw text of lines that are not events. */
  readAll(): Promise<unknown[]>;
  /** Reads and checks the whole file again; problems name lines ("Line 17 of the audit log …"). */
  verify(): Promise<ChainCheck>;
}

const auditFolderName = 'audit';
const auditFileName = 'audit-log.jsonl';

export function openAuditLog(deps: AuditLogDeps): AuditLog {
  const folder = join(deps.dataFolder, auditFolderName);
  const file = join(folder, auditFileName);
  const queue = createQueue();
  let state: AuditLogState | null = null;
  let startup: AuditStartupReport | null = null;

  /** The start-up pass; also run again whenever the file is not what main last left. */
  async function load(): Promise<{ state: AuditLogState; report: AuditStartupReport }> {
    const scan = await scanAuditLog(file);
    state = scan.state;
    if (scan.tornBytes === 0) return { state, report: { check: scan.check, repairedTornTail: null } };
    const keptAs = await setAsideTornTail(file, folder, state.end, deps.now());
    const { event: repair } = await write(
      state,
      checkAppendInput(tornTailRepair(scan.tornBytes, keptAs)),
      nothing,
    );
    return {
      state,
      report: {
        check: { ...scan.check, count: scan.check.count + 1, head: repair.hash },
        repairedTornTail: { bytes: scan.tornBytes, keptAs },
      },
    };
  }

  /** The state, loaded once and loaded again if the file's size is not what main expects. */
  async function current(): Promise<AuditLogState> {
    if (state === null) {
      const loaded = await load();
      startup ??= loaded.report;
      return loaded.state;
    }
    if ((await sizeOnDisk()) === (state.exists ? state.end : null)) return state;
    return (await load()).state;
  }

  async function sizeOnDisk(): Promise<number | null> {
    try {
      return (await stat(file)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Appends the event after the head: its line written whole and flushed, the state moved on. */
  async function write<T>(
    at: AuditLogState,
    input: AuditAppendInput,
    work: (event: AuditEvent) => Promise<T>,
  ): Promise<{ event: AuditEvent; result: T }> {
    const { event, line } = buildAuditLine(at.head.seq === 0 ? null : at.head, input, deps.now());
    const result = await work(event);
    const isNewFile = !at.exists;
    if (isNewFile && (await mkdir(folder, { recursive: true })) !== undefined)
      await syncFolder(dirname(folder));
    const bytes = Buffer.from(line, 'utf8');
    const handle = await open(file, 'a');
    try {
      // `work` may take a while (sealing renders a PDF): the file must still end where the
      // event's link was taken from, or writing would fork the chain.
      if ((await handle.stat()).size !== at.end) {
        state = null;
        throw new Error(
          'The audit log was changed by something else just now, so this event was not written. Please try again.',
        );
      }
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } catch (error) {
        // Take back a partly written line if we can, and read the file again next time.
        await handle.truncate(at.end).catch(() => undefined);
        state = null;
        throw error;
      }
    } finally {
      await handle.close();
    }
    if (isNewFile) await syncFolder(folder);
    recordEvent(at, event, { offset: at.end, length: bytes.length - 1 });
    at.head = { seq: event.seq, hash: event.hash };
    at.end += bytes.length;
    at.lines += 1;
    at.exists = true;
    return { event, result };
  }

  return {
    open: () =>
      queue.run(async () => {
        await current();
        if (startup === null) throw new Error('The audit log did not open.');
        return startup;
      }),
    append: (input) =>
      queue.run(async () => {
        const checked = checkAppendInput(input);
        return (await write(await current(), checked, nothing)).event;
      }),
    appendAfterHead: (work) =>
      queue.run(async () => {
        const at = await current();
        const { input, result } = await work({ ...at.head });
        return write(at, checkAppendInput(input), () => Promise.resolve(result));
      }),
    head: () => queue.run(async () => ({ ...(await current()).head })),
    list: (entityIds) =>
      queue.run(async () => {
        const state = await current();
        const wanted = new Set(entityIds);
        const spans = [...wanted].flatMap((id) => spansOf(state, id)).sort((a, b) => a.offset - b.offset);
        const texts = await readLinesAt(file, spans);
        // Read back and checked again: the index points at bytes, and bytes can be edited.
        return texts.flatMap((text) => {
          const parsed = auditEventSchema.safeParse(text === null ? null : parseJson(text));
          return parsed.success && wanted.has(parsed.data.entityId) ? [parsed.data] : [];
        });
      }),
    factEvents: () => queue.run(async () => [...(await current()).factEvents]),
    readAll: () =>
      queue.run(async () => {
        await current();
        const lines: unknown[] = [];
        await forEachLine(file, ({ text }) => {
          const raw = parseJson(text);
          const parsed = auditEventSchema.safeParse(raw);
          lines.push(parsed.success ? parsed.data : raw);
        });
        return lines;
      }),
    verify: () =>
      queue.run(async () => {
        const loaded = await load();
        startup ??= loaded.report;
        return loaded.report.check;
      }),
  };
}

/** The work of a plain append: none. */
const nothing = () => Promise.resolve(undefined);

/** The event that records a torn last line set aside: by the app itself, naming no one. */
function tornTailRepair(bytes: number, keptAs: string): AuditAppendInput {
  return {
    actor: appActor,
    action: 'repair',
    entityId: 'audit-log',
    fingerprint: null,
    detail: `An unfinished last entry (${bytes === 1 ? '1 byte' : `${bytes} bytes`}) left by an interrupted write was set aside in ${keptAs}.`,
  };
}

/** Exposed for tests: the file the log lives in. */
export function auditLogPath(dataFolder: string): string {
  return join(dataFolder, auditFolderName, auditFileName);
}
