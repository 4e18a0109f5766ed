/**
 * A backup's `manifest.json`, written last: what the file is (our format and its version),
 * when and why it was made, by which app and database schema, every part's size and SHA-256,
 * and what main itself counted in the database (counts, newest signed record, sealed records).
 */
import { z } from 'zod';
import { backupCountsSchema, backupReasons, newestSignedSchema } from '../../../shared/backup/backupContract';
import { sha256HexPattern } from '../../../shared/integrity/sha256';

export const backupFormat = 'care-appraisals/backup';
export const backupFormatVersion = 1;
export const databasePart = 'database.json';
export const auditLogPart = 'audit-log.jsonl';
export const manifestPart = 'manifest.json';

const sha256 = z.string().regex(sha256HexPattern);

export const backupManifestSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  reason: z.enum(backupReasons),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(1).max(1000),
  parts: z.array(z.object({ name: z.string().max(100), bytes: z.number().int().min(0), sha256 })).max(10),
  counts: backupCountsSchema,
  newestSigned: newestSignedSchema.nullable(),
  sealed: z.array(z.object({ documentId: z.string().max(100), fingerprint: sha256 })),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;
