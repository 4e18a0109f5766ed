/**
 * The audit log on disk: `<dataFolder>/audit/audit-log.jsonl`, one event per line as
 * canonical JSON, each chained to the one before (shared/audit/auditChain.ts).
 *
 * Appends are serialised through one promise queue (there is one main process), and each is
 * written and flushed to disk before it resolves, so an acknowledged event survives a power
 * cut. A power cut mid-append can leave a last line without its newline; that event was never
 * acknowledged, so it is set aside (copied to `audit/torn-<time>.txt`) and cut off rather than
 * breaking the chain. Any other unreadable line stays where it is and verify() reports it.
 */
import { copyFile, mkdir, open, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { nextAuditEvent, verifyAuditChain, type ChainCheck } from '../../../shared/audit/auditChain';
import {
  auditEventSchema,
  genesisHash,
  type AuditEvent,
  type AuditEventInput,
} from '../../../shared/audit/auditEvent';
import { canonicalJson } from '../../../shared/integrity/canonicalJson';
import { syncFolder } from '../atomicFile';
import { createQueue } from './serialQueue';

export interface AuditLogDeps {
  dataFolder: string;
  now(): Date;
}

/** What a caller supplies; the log adds the time and the chain fields. */
export type AuditAppendInput = Omit<AuditEventInput, 'at'>;

/** One line of the file: the event when it reads as one, else the raw text for verify to report. */
type LogLine = { event: AuditEvent } | { unreadable: string };

export interface AuditLog {
  append(input: AuditAppendInput): Promise<AuditEvent>;
  /**
   * Makes the next event, runs `work` with it, and appends it only if `work` succeeds; nothing
   * else is appended in between. Sealing uses it to print the event's hash (the chain head
   * after the seal) on the PDF before the event is written.
   */
  appendAfter<T>(
    input: AuditAppendInput,
    work: (event: AuditEvent) => Promise<T>,
  ): Promise<{ event: AuditEvent; result: T }>;
  /** The last event's seq and hash (0 and the genesis hash for an empty log). */
  head(): Promise<{ seq: number; hash: string }>;
  /** The readable events about any of these records, oldest first. */
  list(entityIds: readonly string[]): Promise<AuditEvent[]>;
  /** Every line: parsed events, and raw text for lines that are not events. */
  readAll(): Promise<unknown[]>;
  verify(): Promise<ChainCheck>;
}

export const auditFolderName = 'audit';
export const auditFileName = 'audit-log.jsonl';

export function openAuditLog(deps: AuditLogDeps): AuditLog {
  const folder = join(deps.dataFolder, auditFolderName);
  const file = join(folder, auditFileName);
  const queue = createQueue();

  async function readLines(): Promise<LogLine[]> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    if (text !== '' && !text.endsWith('\n')) text = await setAsideTornLine(text);
    return text
      .split('\n')
      .slice(0, -1)
      .map((line) => parseLine(line));
  }

  async function setAsideTornLine(text: string): Promise<string> {
    const kept = text.slice(0, text.lastIndexOf('\n') + 1);
    const stamp = deps.now().toISOString().replaceAll(':', '-').replaceAll('.', '-');
    await copyFile(file, join(folder, `torn-${stamp}.txt`));
    await truncate(file, Buffer.byteLength(kept, 'utf8'));
    return kept;
  }

  function lastEvent(lines: readonly LogLine[]): AuditEvent | null {
    // After an unreadable line the chain continues from the last event that reads; verify
    // still reports the damage, and the manager can keep working.
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i];
      if (line !== undefined && 'event' in line) return line.event;
    }
    return null;
  }

  async function write(event: AuditEvent): Promise<void> {
    await mkdir(folder, { recursive: true });
    const handle = await open(file, 'a');
    try {
      await handle.writeFile(`${canonicalJson(event)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async function appendNow<T>(input: AuditAppendInput, work: (event: AuditEvent) => Promise<T>) {
    const lines = await readLines();
    const isNewFile = lines.length === 0;
    const event = nextAuditEvent(lastEvent(lines), { ...input, at: deps.now().toISOString() });
    const result = await work(event);
    await write(event);
    if (isNewFile) await syncFolder(folder);
    return { event, result };
  }

  return {
    append: (input) => queue.run(async () => (await appendNow(input, () => Promise.resolve())).event),
    appendAfter: (input, work) => queue.run(() => appendNow(input, work)),
    head: () =>
      queue.run(async () => {
        const last = lastEvent(await readLines());
        return last === null ? { seq: 0, hash: genesisHash } : { seq: last.seq, hash: last.hash };
      }),
    list: (entityIds) =>
      queue.run(async () => {
        const wanted = new Set(entityIds);
        return (await readLines()).flatMap((line) =>
          'event' in line && wanted.has(line.event.entityId) ? [line.event] : [],
        );
      }),
    readAll: () => queue.run(async () => (await readLines()).map(rawOf)),
    verify: () => queue.run(async () => verifyAuditChain((await readLines()).map(rawOf))),
  };
}

function parseLine(line: string): LogLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { unreadable: line };
  }
  const parsed = auditEventSchema.safeParse(value);
  return parsed.success ? { event: parsed.data } : { unreadable: line };
}

function rawOf(line: LogLine): unknown {
  if ('event' in line) return line.event;
  try {
    return JSON.parse(line.unreadable);
  } catch {
    return line.unreadable;
  }
}

/** Exposed for tests: the file the log lives in. */
export function auditLogPath(dataFolder: string): string {
  return join(dataFolder, auditFolderName, auditFileName);
}
