/**
 * Bringing back a backup's audit log after a restore, without ever losing a log.
 *
 * The rule, by comparing the two hash chains (this PC's log L, the backup's log B):
 * - B does not check out as a chain: L is kept, and the manager is told.
 * - L carries on from B (B's last event is in L): L is kept; it already holds all of B.
 * - L is empty, or B carries on from L (L's last event is in B): B replaces L; nothing is lost.
 * - L only "just started" (nothing but backups, checks and repairs, as on a new PC after the
 *   safety backup): L is set aside as `audit-log.replaced-<time>.jsonl` and B brought back.
 * - Otherwise the chains differ (each holds events the other does not): L is set aside the
 *   same way, B brought back, and the warning says where L went.
 *
 * Order, so a crash at any point leaves a whole log in place: B is extracted to a temp file
 * in audit/ and flushed; L is hard-linked (or copied and flushed) to its set-aside name; only
 * then is B renamed over L. Until the rename, L is where it was; after it, L is set aside.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createChainVerifier } from '../../../shared/audit/auditChain';
import type { AuditLog } from '../audit/auditLog';
import { forEachLine } from '../audit/auditLines';
import { syncFile, syncFolder } from '../atomicFile';

export interface RestoredAuditLog {
  auditLog: 'kept' | 'restored';
  warning: string | null;
}

/** Actions a log that has only just started may hold: the app's own housekeeping, no records. */
const housekeeping = new Set(['backup', 'verify', 'repair']);

interface LogShape {
  head: { seq: number; hash: string };
  intact: boolean;
  onlyHousekeeping: boolean;
  /** The hash of the event with this seq, when the log has one. */
  hashAt(seq: number): string | null;
}

/** Reads a log file once: its chain, its head, and the hash at the one seq the caller asks about. */
async function readShape(file: string, wantedSeq: number): Promise<LogShape> {
  const verifier = createChainVerifier();
  let onlyHousekeeping = true;
  let wantedHash: string | null = null;
  let head = { seq: 0, hash: '0'.repeat(64) };
  await forEachLine(file, ({ text, number }) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = text;
    }
    const event = verifier.next(raw, number);
    if (event === null) return;
    if (!housekeeping.has(event.action)) onlyHousekeeping = false;
    if (event.seq === wantedSeq) wantedHash = event.hash;
    head = { seq: event.seq, hash: event.hash };
  });
  const found: string | null = wantedHash;
  return {
    head,
    intact: verifier.result().intact,
    onlyHousekeeping,
    hashAt: (seq) => (seq === wantedSeq ? found : null),
  };
}

export async function restoreAuditLog(options: {
  audit: AuditLog;
  logPath: string;
  /** Writes the backup's audit log to the given path (streamed out of the ZIP). */
  extract: (target: string) => Promise<void>;
  now: Date;
}): Promise<RestoredAuditLog> {
  const { audit, logPath } = options;
  const folder = dirname(logPath);
  const temp = join(folder, `.${basename(logPath)}.restoring.${randomBytes(6).toString('hex')}.tmp`);
  await mkdir(folder, { recursive: true });
  try {
    await options.extract(temp);
    await syncFile(temp);
    const here = await audit.head();
    const backup = await readShape(temp, here.seq);
    if (!backup.intact)
      return {
        auditLog: 'kept',
        warning:
          "The backup's activity log does not check out as an unbroken chain, so this PC's activity log was kept as it is.",
      };
    const local = await readShape(logPath, backup.head.seq);
    // This PC's log already holds everything the backup's does.
    if (backup.head.seq === 0 || local.hashAt(backup.head.seq) === backup.head.hash)
      return { auditLog: 'kept', warning: null };
    const carriesOn = here.seq === 0 || backup.hashAt(here.seq) === here.hash;
    let setAside: string | null = null;
    if (!carriesOn) setAside = await keepAside(logPath, options.now);
    await rename(temp, logPath);
    await syncFolder(folder);
    // The log's size may be the same as before; reading it again makes the next event chain on.
    await audit.verify();
    if (setAside === null || local.onlyHousekeeping) return { auditLog: 'restored', warning: null };
    return {
      auditLog: 'restored',
      warning: `This PC's activity log did not carry on from the backup's, so it was set aside as audit/${setAside} and the backup's log brought back. Keep that file: it records what was done on this PC.`,
    };
  } finally {
    await rm(temp, { force: true });
  }
}

/** A second name for the log as it is now (hard link, or a flushed copy); returns the name. */
async function keepAside(logPath: string, now: Date): Promise<string> {
  const folder = dirname(logPath);
  const stamp = now
    .toISOString()
    .replaceAll(':', '-')
    .replace(/\.\d{3}Z$/, 'Z');
  for (let attempt = 1; ; attempt++) {
    const name = `audit-log.replaced-${stamp}${attempt > 1 ? `-${attempt}` : ''}.jsonl`;
    const target = join(folder, name);
    try {
      await link(logPath, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      // A drive without hard links: a copy that never replaces a file, flushed.
      try {
        await copyFile(logPath, target, constants.COPYFILE_EXCL);
      } catch (copyError) {
        if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw copyError;
      }
      await syncFile(target);
    }
    await syncFolder(folder);
    return name;
  }
}
