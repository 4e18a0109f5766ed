/**
 * Writing one backup ZIP: the renderer's database export streamed into `database.json`
 * (deflated as it arrives, and parsed by main as it arrives, for the manifest's counts), then
 * the audit log as it is at the end, then the manifest. The finished temp file is verified
 * from end to end (backupVerifier.ts) and only then given its name; a failure, a cancel or a
 * full disk removes the temp file, so a backup under our name is always a whole, checked one.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { BackupReason } from '../../../shared/backup/backupContract';
import { openZipFile, type ZipFileOptions } from '../exports/zipFileWriter';
import {
  auditLogPart,
  backupFormat,
  backupFormatVersion,
  databasePart,
  manifestPart,
  type BackupManifest,
} from './backupManifest';
import { verifyBackupFile, type BackupVerification } from './backupVerifier';
import { createDatabaseReader } from './databaseFacts';

export interface BackupWriteInput {
  target: string;
  reason: BackupReason;
  schemaVersion: number;
  appVersion: string;
  createdAt: Date;
  /** The audit log file, copied as it is when the backup finishes. */
  auditLogPath: string;
  signal: AbortSignal;
  /** For tests: the step that writes bytes to disk (a full disk can be forced). */
  writeChunk?: ZipFileOptions['writeChunk'];
}

interface WrittenBackup {
  bytes: number;
  /** SHA-256 of the whole file, for the audit log. */
  sha256: string;
  verification: BackupVerification;
}

/** The backup's own check failed after writing: the file was not kept. */
export class BackupNotVerifiedError extends Error {
  constructor(problems: readonly string[]) {
    super(problems.join(' '));
    this.name = 'BackupNotVerifiedError';
  }
}

export interface BackupWriter {
  /** The next piece of the export; returns the UTF-8 bytes taken so far. */
  write(text: string): Promise<number>;
  finish(): Promise<WrittenBackup>;
  /** Removes the temp file; safe after any failure. */
  abort(): Promise<void>;
}

/** Bytes deflated and parsed between turns of the event loop. */
const pieceBytes = 256 * 1024;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

export async function openBackupWriter(input: BackupWriteInput): Promise<BackupWriter> {
  const zip = await openZipFile(input.target, {
    modifiedAt: input.createdAt,
    signal: input.signal,
    ...(input.writeChunk === undefined ? {} : { writeChunk: input.writeChunk }),
  });
  const database = zip.beginDeflated(databasePart);
  const reader = createDatabaseReader();
  let bytes = 0;
  // A character split between two pieces of text is held until its second half arrives.
  let heldSurrogate = '';

  async function take(text: string): Promise<void> {
    const encoded = Buffer.from(text, 'utf8');
    for (let start = 0; start < encoded.byteLength; start += pieceBytes) {
      const piece = encoded.subarray(start, start + pieceBytes);
      await database.push(piece);
      await reader.write(piece);
      bytes += piece.byteLength;
    }
  }

  return {
    async write(text) {
      let whole = heldSurrogate + text;
      heldSurrogate = '';
      if (whole.length > 0 && isHighSurrogate(whole.charCodeAt(whole.length - 1))) {
        heldSurrogate = whole.slice(-1);
        whole = whole.slice(0, -1);
      }
      await take(whole);
      return bytes;
    },
    async finish() {
      await take(heldSurrogate);
      const databaseFile = await database.end();
      const facts = reader.end();
      const auditLogFile = await copyAuditLog(zip.beginDeflated(auditLogPart), input.auditLogPath);
      const manifest: BackupManifest = {
        format: backupFormat,
        formatVersion: backupFormatVersion,
        createdAt: input.createdAt.toISOString(),
        reason: input.reason,
        appVersion: input.appVersion,
        schemaVersion: input.schemaVersion,
        parts: [databaseFile, auditLogFile],
        counts: facts.counts,
        newestSigned: facts.newestSigned,
        sealed: facts.sealed.map(({ documentId, fingerprint }) => ({ documentId, fingerprint })),
      };
      await zip.addDeflated(manifestPart, `${JSON.stringify(manifest, null, 2)}\n`);
      // Filled in by the check the ZIP runs on its temp file before naming it.
      const checked: { verification: BackupVerification | null; sha256: string } = {
        verification: null,
        sha256: '',
      };
      const size = await zip.finish(async (temp) => {
        const verification = await verifyBackupFile(temp);
        if (verification.problems.length > 0) throw new BackupNotVerifiedError(verification.problems);
        checked.verification = verification;
        checked.sha256 = await sha256OfFile(temp);
      });
      if (checked.verification === null) throw new Error('The backup was not checked.');
      return { bytes: size, sha256: checked.sha256, verification: checked.verification };
    },
    abort: () => zip.abort(),
  };
}

/**
 * The audit log's whole lines as they are now: an event being appended this moment is left
 * for the next backup rather than copied half-written.
 */
async function copyAuditLog(
  entry: {
    push(data: Uint8Array): Promise<void>;
    end(): Promise<{ name: string; sha256: string; bytes: number }>;
  },
  path: string,
) {
  let carry = Buffer.alloc(0);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: pieceBytes })) {
      const joined = Buffer.concat([carry, chunk as Buffer]);
      const lastNewline = joined.lastIndexOf(0x0a);
      if (lastNewline < 0) {
        carry = joined;
        continue;
      }
      await entry.push(joined.subarray(0, lastNewline + 1));
      carry = joined.subarray(lastNewline + 1);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return entry.end();
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}
