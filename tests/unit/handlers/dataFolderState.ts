/**
 * Reading a data folder as a person looking at it would: which vault files are there, what the
 * tombstones and the audit log say, byte for byte, so a test can say "nothing changed". And
 * two real ways for the disk to let main down: a file that cannot be removed (a non-empty
 * folder in its place) and an audit log that cannot be used (a folder where the file was).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditEventSchema, type AuditEvent } from '../../../shared/audit/auditEvent';

export const vaultPath = (dataFolder: string, name = '') => join(dataFolder, 'vault', name);
export const auditPath = (dataFolder: string) => join(dataFolder, 'audit', 'audit-log.jsonl');
const tombstonesPath = (dataFolder: string) => vaultPath(dataFolder, 'destroyed.jsonl');

/** Every name in the vault folder (sealed files, tombstones), sorted. */
function vaultNames(dataFolder: string): string[] {
  return existsSync(vaultPath(dataFolder)) ? readdirSync(vaultPath(dataFolder)).sort() : [];
}

/** The vault's sealed files of one document (`<documentId>.<fp16>.<kind>`). */
export const filesOf = (dataFolder: string, documentId: string) =>
  vaultNames(dataFolder).filter((name) => name.startsWith(`${documentId}.`));

/** The destroyed-documents file, parsed line by line ([] when there is none). */
export function tombstones(dataFolder: string): { documentId: string; fingerprint: string }[] {
  if (!existsSync(tombstonesPath(dataFolder))) return [];
  return readFileSync(tombstonesPath(dataFolder), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { documentId: string; fingerprint: string });
}

/** Every event in the audit log file, as written. */
export function auditEvents(dataFolder: string): AuditEvent[] {
  return readFileSync(auditPath(dataFolder), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => auditEventSchema.parse(JSON.parse(line)));
}

/** Everything a destroy or a refused request could change: vault file bytes, tombstones, the log. */
export function snapshot(dataFolder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of vaultNames(dataFolder))
    files[`vault/${name}`] = readFileSync(vaultPath(dataFolder, name)).toString('base64');
  files['audit/audit-log.jsonl'] = existsSync(auditPath(dataFolder))
    ? readFileSync(auditPath(dataFolder), 'utf8')
    : '';
  return files;
}

/**
 * Puts a non-empty folder where a file was, so removing that file fails (as an antivirus lock
 * or a permissions change would; chmod cannot stop root, who runs the tests in CI). The file's
 * bytes are kept inside the folder. Returns a function that puts the file back.
 */
export function blockRemoval(path: string): () => void {
  const bytes = readFileSync(path);
  rmSync(path);
  mkdirSync(path);
  writeFileSync(join(path, 'kept.bin'), bytes);
  return () => {
    rmSync(path, { recursive: true, force: true });
    writeFileSync(path, bytes);
  };
}

/** Puts a folder where the audit log file is, so main can neither read nor append to it. Returns the undo. */
export function breakAuditLog(dataFolder: string): () => void {
  return blockRemoval(auditPath(dataFolder));
}
