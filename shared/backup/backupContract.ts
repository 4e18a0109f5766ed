/**
 * What crosses IPC for backups, restore and rebuild (#11). A backup is one ZIP main writes in
 * its data folder's `backups/` (or copies to a folder off this PC): the renderer streams the
 * Dexie export to main in text chunks, main adds the audit log and a manifest with the SHA-256
 * of every part, then re-reads, re-hashes and parses the file before calling it good.
 * Everything main says about a backup (counts, newest signed record, verified) comes from its
 * own reading of the file, never from what a window sent.
 */
import { z } from 'zod';

/** Why a backup was made; automatic ones are named for the moment that made them. */
export const backupReasons = [
  'manual',
  'daily',
  'before-upgrade',
  'before-destroy',
  'before-restore',
] as const;
export type BackupReason = (typeof backupReasons)[number];

export const backupReasonLabels = {
  manual: 'Made by hand',
  daily: 'Daily',
  'before-upgrade': 'Before an update',
  'before-destroy': 'Before destroying records',
  'before-restore': 'Before a restore',
} as const satisfies Record<BackupReason, string>;

/**
 * A backup as main names it to a window: a file name in `backups/` (`this-pc:<name>`), in the
 * chosen folder (`folder:<name>`), or a file the manager chose (`chosen:<random>`). Never a path.
 */
export const backupIdSchema = z
  .string()
  .regex(/^(?:this-pc|folder|chosen):[A-Za-z0-9][A-Za-z0-9 ._-]{0,150}$/, { error: 'is not a backup id' });
export type BackupId = z.infer<typeof backupIdSchema>;

/** Longest piece of the database export one `backup:writeChunk` or `backup:readDatabase` carries. */
export const maxBackupChunkLength = 1_048_576;

export const backupCountsSchema = z
  .object({
    staff: z.number().int().min(0),
    leavers: z.number().int().min(0),
    appraisals: z.number().int().min(0),
    /** Signed and sealed, the current version. */
    signed: z.number().int().min(0),
    /** Sealed versions replaced by an amendment. */
    replaced: z.number().int().min(0),
    drafts: z.number().int().min(0),
    frameworks: z.number().int().min(0),
  })
  .strict();
export type BackupCounts = z.infer<typeof backupCountsSchema>;

/** What an empty database holds. */
export const noCounts: BackupCounts = {
  staff: 0,
  leavers: 0,
  appraisals: 0,
  signed: 0,
  replaced: 0,
  drafts: 0,
  frameworks: 0,
};

/** The newest signed record a database holds, for "what does this backup hold?". */
export const newestSignedSchema = z
  .object({
    staffName: z.string().max(200),
    meetingDate: z.string().max(10),
    documentId: z.string().max(200),
  })
  .strict();
export type NewestSigned = z.infer<typeof newestSignedSchema>;

export const backupSummarySchema = z.object({
  backupId: backupIdSchema,
  fileName: z.string(),
  /** When the backup was made (from its manifest). */
  createdAt: z.iso.datetime({ offset: true }),
  reason: z.enum(backupReasons),
  bytes: z.number().int().min(0),
  /** The Dexie schema version of the database it holds. */
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(40),
  counts: backupCountsSchema,
  newestSigned: newestSignedSchema.nullable(),
  /** Sealed records the database names, and how many of them the vault (or the backup folder's copy) holds intact. */
  sealedRecords: z.number().int().min(0),
  /** True when main re-read the whole file and every part matched its manifest and parsed. */
  verified: z.boolean(),
  /** Plain-English reasons it is not verified (empty when it is). */
  problems: z.array(z.string()),
  location: z.enum(['this-pc', 'folder', 'chosen']),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

export const backupStatusSchema = z.object({
  /** The newest verified backup on this PC, or null when there is none. */
  newest: backupSummarySchema.nullable(),
  /** True when no backup has been made today (main's own clock and its backups folder). */
  dailyDue: z.boolean(),
  /** When records were last copied off this PC (a backup written to the chosen folder), or null. */
  lastCopiedOffAt: z.iso.datetime({ offset: true }).nullable(),
  /** The folder backups are copied to, as the manager chose it; null until one is chosen. */
  folder: z.object({ path: z.string(), reachable: z.boolean() }).nullable(),
  /** Complete sealed documents the vault holds (not destroyed): what a rebuild could bring back. */
  sealedInVault: z.number().int().min(0),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const backupResultSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('saved'),
    backup: backupSummarySchema,
    /** Saved and verified, but something after it was not (copying off this PC, the activity log). */
    warning: z.string().nullable(),
  }),
  /** A daily backup when one was already made today: nothing written. */
  z.object({ outcome: z.literal('not-due') }),
  z.object({ outcome: z.literal('cancelled') }),
]);
export type BackupResult = z.infer<typeof backupResultSchema>;

/** What checking a backup before a restore found. */
export const backupCheckSchema = z.object({
  backup: backupSummarySchema,
  /** True when it may be restored: verified, this app's format, a schema this version can open. */
  restorable: z.boolean(),
  /** Why it may not be restored, in plain English (empty when restorable). */
  refusals: z.array(z.string()),
  /** Sealed records the backup names that neither the vault nor the backup folder's copy holds intact. */
  missingSealed: z.array(z.object({ documentId: z.string(), staffName: z.string() })),
});
export type BackupCheck = z.infer<typeof backupCheckSchema>;
