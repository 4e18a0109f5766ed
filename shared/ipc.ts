/**
 * The IPC contract: every channel between the renderer and the main process, in one map.
 *
 * Channel names are `feature:action`. Each channel has a request schema (parsed in main
 * before any handler runs) and a response schema (the shape the renderer receives).
 * `electron/preload.ts`, the browser harness and the renderer's `window` type are all
 * derived from this map, so a channel is declared here and nowhere else.
 */
import { z } from 'zod';
import { auditEventSchema } from './audit/auditEvent';
import { appraisalDocumentSchema, documentHomeSchema } from './documents/appraisalDocument';
import { complianceSummarySchema } from './compliance/complianceRow';
import { exportProgressSchema, exportResultSchema, jobIdSchema, packCheckSchema } from './exports/exportJob';
import { staffMemberSchema } from './staff/staffMember';
import { documentSignatureSchema, signingStatusSchema } from './documentSigning/signingStatus';
import {
  backupCheckSchema,
  backupIdSchema,
  backupReasons,
  backupResultSchema,
  backupStatusSchema,
  backupSummarySchema,
  maxBackupChunkLength,
} from './backup/backupContract';
import {
  actorField,
  appraisalEventSchema,
  documentIdField,
  documentIntegritySchema,
  documentKinds,
  documentLogoSchema,
  isoDateField,
  recordIdField,
  savedFileKinds,
  sealRecordFields,
  sha256Field,
  suggestedFileName,
} from './ipcFields';

export { IpcError, type IpcErrorCode, type IpcReply } from './ipcError';
export {
  type DocumentIntegrity,
  type DocumentKind,
  type DocumentLogo,
  type SavedFileKind,
} from './ipcFields';

/** Screens the native menu (or a shortcut handled in main) can ask the renderer to open. */
const navigationTargets = [
  'dashboard',
  'staff',
  'staff-new',
  'appraisals',
  'records',
  'audits',
  'framework',
  'settings',
  'backups',
  'about',
] as const;
export type NavigationTarget = (typeof navigationTargets)[number];

const appInfoSchema = z.object({
  productName: z.string(),
  version: z.string(),
  /** Where the app keeps its files (vault, backups); shown so a manager can tell IT. */
  dataFolder: z.string(),
  /** `electron` in the desktop app, `browser` in the test and demo harness. */
  runtime: z.enum(['electron', 'browser']),
  electronVersion: z.string().nullable(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** What main found and put right when it started (once per run). */
const startupCheckSchema = z.object({
  auditLog: z.object({
    intact: z.boolean(),
    problems: z.array(z.string()),
    count: z.number().int().min(0),
    /** An unfinished last entry (a power cut mid-write) was set aside and the repair logged. */
    repairedTornTail: z.object({ bytes: z.number().int().min(0), keptAs: z.string() }).nullable(),
  }),
  /** Leftover temp files from interrupted writes, removed. */
  removedTempFiles: z.number().int().min(0),
  /** Destructions that had been recorded but not finished (the files are now removed). */
  finishedDestroys: z.number().int().min(0),
  /** Steps that could not be done, in plain English (the others still ran). */
  problems: z.array(z.string()),
});
export type StartupCheck = z.infer<typeof startupCheckSchema>;

const noRequest = z.undefined();
const savedAnswer = z.discriminatedUnion('saved', [
  z.object({
    saved: z.literal(true),
    fileName: z.string(),
    /** The file was saved but something after it was not (e.g. the activity log). */
    warning: z.string().nullable(),
  }),
  z.object({ saved: z.literal(false) }),
]);

export const ipcChannels = {
  'app:info': {
    request: noRequest,
    response: appInfoSchema,
  },
  /** Main's start-up checks: the audit chain, leftover temp files, unfinished destructions. */
  'app:startupCheck': {
    request: noRequest,
    response: startupCheckSchema,
  },
  'links:openExternal': {
    request: z.object({ url: z.string().min(1).max(2048) }).strict(),
    response: z.object({ opened: z.literal(true) }),
  },
  'files:saveTextAs': {
    request: z
      .object({
        /** Offered in the save dialog; a plain file name, never a path. */
        suggestedName: suggestedFileName,
        kind: z.enum(savedFileKinds),
        text: z.string().max(50 * 1024 * 1024),
      })
      .strict(),
    response: savedAnswer,
  },
  /**
   * Seals a countersigned appraisal: main re-computes the fingerprint, renders the PDF, writes
   * both to the vault (write-once) and appends the seal event. The same document again answers
   * `alreadySealed` and writes nothing; other contents under a sealed or destroyed id are refused.
   */
  'documents:seal': {
    request: z
      .object({ document: appraisalDocumentSchema, logo: documentLogoSchema.nullable(), actor: actorField })
      .strict(),
    response: sealRecordFields.extend({
      pdfBytes: z.number().int().positive(),
      alreadySealed: z.boolean(),
    }),
  },
  /** Renders an unsigned appraisal as a DRAFT with blank signature blocks (for paper signing). */
  'documents:renderDraft': {
    request: z.object({ document: appraisalDocumentSchema, logo: documentLogoSchema.nullable() }).strict(),
    response: z.object({
      documentId: documentIdField,
      pdfUrl: z.string(),
      pdfBytes: z.number().int().positive(),
    }),
  },
  /**
   * Whether the vault holds a seal for each of these document ids (or destroyed them): how the
   * renderer finds records main sealed but its own store never heard about (a crash, an edit).
   */
  'documents:sealState': {
    request: z.object({ documentIds: z.array(documentIdField).min(1).max(1000) }).strict(),
    response: z.object({
      states: z.array(
        z.object({ documentId: documentIdField, seal: sealRecordFields.nullable(), destroyed: z.boolean() }),
      ),
    }),
  },
  /** A sealed document's record as the vault holds it, checked against its seal. */
  'documents:readSealed': {
    request: z.object({ documentId: documentIdField }).strict(),
    response: z.object({ seal: sealRecordFields, document: appraisalDocumentSchema }),
  },
  /**
   * Re-hashes a sealed document's files in the vault and says whether they are as sealed;
   * records a verify event. `pdfUrl` shows it inside the app.
   */
  'documents:open': {
    request: z
      .object({ documentId: documentIdField, expectedFingerprint: sha256Field, actor: actorField })
      .strict(),
    response: z.object({
      documentId: documentIdField,
      fingerprint: sha256Field.nullable(),
      pdfUrl: z.string().nullable(),
      integrity: documentIntegritySchema,
      /** The PDF's own digital signature, checked apart from the fingerprints. */
      signature: documentSignatureSchema,
    }),
  },
  /** Sends a document to the system's printing; `printed` is false when the manager cancels. */
  'documents:print': {
    request: z
      .object({ documentId: documentIdField, kind: z.enum(documentKinds), actor: actorField })
      .strict(),
    response: z.object({ printed: z.boolean(), warning: z.string().nullable() }),
  },
  /** Saves a copy of a document's PDF where the manager chooses (native save dialog). */
  'documents:saveCopy': {
    request: z
      .object({
        documentId: documentIdField,
        kind: z.enum(documentKinds),
        suggestedName: suggestedFileName,
        actor: actorField,
      })
      .strict(),
    response: savedAnswer,
  },
  /**
   * Opens a copy of a document's PDF in the system's PDF application, for printing with its own
   * settings or when printing from the app misbehaves. Main picks the file from its vault.
   */
  'documents:openInReader': {
    request: z
      .object({
        documentId: documentIdField,
        kind: z.enum(documentKinds),
        suggestedName: suggestedFileName,
        actor: actorField,
      })
      .strict(),
    response: z.object({ warning: z.string().nullable() }),
  },
  /** Appends an event the renderer itself witnessed (create, sign, amend…); main words it. */
  'audit:record': {
    request: z.object({ event: appraisalEventSchema, actor: actorField }).strict(),
    response: z.object({ seq: z.number().int().min(1), hash: sha256Field }),
  },
  /** The audit events for some records, oldest first. */
  'audit:list': {
    request: z.object({ entityIds: z.array(recordIdField).min(1).max(500) }).strict(),
    response: z.object({ events: z.array(auditEventSchema) }),
  },
  /** Checks the whole audit chain and records that it was checked. */
  'audit:verify': {
    request: z.object({ actor: actorField }).strict(),
    response: z.object({
      intact: z.boolean(),
      problems: z.array(z.string()),
      head: sha256Field,
      count: z.number().int().min(0),
      /** Sealed documents whose PDF signature was checked against its seal event (destroyed ones are not). */
      signaturesChecked: z.number().int().min(0),
      /** Seal events whose document's signature no longer verifies, each named by its event. */
      signatureProblems: z.array(z.string()),
    }),
  },
  /**
   * The inspection pack: one ZIP (README.txt, compliance-summary.pdf, index.csv, records.json,
   * audit-log.json, pdf/, manifest.json) of every sealed document in the vault whose meeting
   * date is in the range, saved where the manager chooses. Streams, reports `export:progress`,
   * and leaves nothing behind when cancelled (`export:cancel`) or when it fails.
   */
  'export:inspectionPack': {
    request: z
      .object({
        jobId: jobIdSchema,
        from: isoDateField,
        to: isoDateField,
        home: documentHomeSchema.omit({ logoSha256: true }),
        logo: documentLogoSchema.nullable(),
        compliance: complianceSummarySchema,
        /** The name printed in the pack's README as who made it (the log keeps the actor id). */
        preparedBy: z.string().max(120),
        actor: actorField,
      })
      .strict()
      .refine((r) => r.from <= r.to, { error: 'the start of the range must not be after its end' }),
    response: exportResultSchema,
  },
  /** Everything held about one member of staff (records, PDFs, their audit events, their staff record). */
  'export:subjectAccess': {
    request: z
      .object({
        jobId: jobIdSchema,
        // The register's record, with an id the audit log can name (ids the app makes, as everywhere).
        staff: staffMemberSchema.extend({ id: recordIdField }),
        home: documentHomeSchema.omit({ logoSha256: true }),
        preparedBy: z.string().max(120),
        actor: actorField,
      })
      .strict(),
    response: exportResultSchema,
  },
  'export:cancel': {
    request: z.object({ jobId: jobIdSchema }).strict(),
    response: z.object({ cancelling: z.boolean() }),
  },
  /** Opens a pack the manager chooses and checks every file against its manifest and the audit chain. */
  'export:verifyPack': {
    request: z.object({ actor: actorField }).strict(),
    response: packCheckSchema,
  },
  /**
   * What main holds as fact about leavers and retention (from its own log), and its own today:
   * the renderer mirrors these, never the other way round.
   */
  'records:facts': {
    request: noRequest,
    response: z.object({
      /** Main's local calendar date. */
      today: isoDateField,
      retentionYears: z.number().int().min(1).max(50),
      /** False until a retention period was ever recorded through main (the default applies). */
      retentionRecorded: z.boolean(),
      /** Everyone whose leaving date main has recorded (null: recorded as cleared). */
      leavingDates: z.array(z.object({ staffId: recordIdField, leavingDate: isoDateField.nullable() })),
    }),
  },
  /** Records (or clears) someone's leaving date: an audit event with their id and the date. */
  'records:setLeavingDate': {
    request: z
      .object({ staffId: recordIdField, leavingDate: isoDateField.nullable(), actor: actorField })
      .strict(),
    response: z.object({ changed: z.boolean() }),
  },
  /** Records the home's retention period (years after leaving): an audit event with the years. */
  'records:setRetentionYears': {
    request: z.object({ years: z.number().int().min(1).max(50), actor: actorField }).strict(),
    response: z.object({ changed: z.boolean() }),
  },
  /**
   * Destroys a leaver's sealed documents once retention has passed, judged only from main's own
   * facts (the leaving date and retention period recorded through main, its own clock, the
   * documents the vault holds for that person). The destroy event is written first, naming
   * every document; then the files go. A retry finishes a destruction that stopped part-way.
   */
  'records:destroy': {
    request: z.object({ staffId: recordIdField, actor: actorField }).strict(),
    response: z.object({ destroyed: z.number().int().min(0), documentIds: z.array(documentIdField) }),
  },
  /** The newest verified backup, whether today's is due, and when records were last copied off this PC. */
  'backup:status': { request: noRequest, response: backupStatusSchema },
  /** Every backup on this PC and in the folder off it, newest first, each as main last verified it. */
  'backup:list': { request: noRequest, response: z.array(backupSummarySchema) },
  /**
   * Starts a backup job: the renderer then streams the database export with `backup:writeChunk`
   * and ends with `backup:finish`. A daily backup when one was made today is not started.
   * `schemaVersion` is the database version being exported (older before an upgrade).
   */
  'backup:begin': {
    request: z
      .object({
        jobId: jobIdSchema,
        reason: z.enum(backupReasons),
        schemaVersion: z.number().int().min(1).max(1000),
        actor: actorField,
      })
      .strict(),
    response: z.object({ started: z.boolean() }),
  },
  /** The next piece of the database export (dexie-export-import's JSON, in order). */
  'backup:writeChunk': {
    request: z.object({ jobId: jobIdSchema, text: z.string().max(maxBackupChunkLength) }).strict(),
    response: z.object({ bytes: z.number().int().min(0) }),
  },
  /**
   * Ends the export: main adds the audit log and the manifest, re-reads, re-hashes and parses
   * the file, and only then moves it into place, rotates old backups and logs it. A backup that
   * fails its check leaves no file behind.
   */
  'backup:finish': {
    request: z.object({ jobId: jobIdSchema, actor: actorField }).strict(),
    response: backupResultSchema,
  },
  'backup:cancel': {
    request: z.object({ jobId: jobIdSchema }).strict(),
    response: z.object({ cancelling: z.boolean() }),
  },
  /** Asks the manager for a backup file to restore from (a native dialog in main). */
  'backup:chooseFile': {
    request: noRequest,
    response: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(false) }),
      z.object({ chosen: z.literal(true), backupId: backupIdSchema }),
    ]),
  },
  /** Verifies a backup before a restore: every part against the manifest, its schema, its sealed records against the vault. */
  'backup:check': {
    request: z.object({ backupId: backupIdSchema }).strict(),
    response: backupCheckSchema,
  },
  /** A piece of a verified backup's database export, from `offset` (characters); null `nextOffset` at the end. */
  'backup:readDatabase': {
    request: z.object({ backupId: backupIdSchema, offset: z.number().int().min(0) }).strict(),
    response: z.object({ text: z.string(), nextOffset: z.number().int().min(0).nullable() }),
  },
  /**
   * Called once the renderer has replaced its database with the backup's: main brings back the
   * backup's audit log when it carries on from this one (or this PC has none), copies sealed
   * files the vault lacks from the backup folder's copy, and logs the restore.
   */
  'backup:restored': {
    request: z
      .object({ backupId: backupIdSchema, safetyBackupId: backupIdSchema.nullable(), actor: actorField })
      .strict(),
    response: z.object({
      auditLog: z.enum(['kept', 'restored']),
      vaultFilesCopied: z.number().int().min(0),
      warning: z.string().nullable(),
    }),
  },
  /** Asks the manager for the folder off this PC (a USB stick or network drive) backups are copied to. */
  'backup:chooseFolder': {
    request: z.object({ actor: actorField }).strict(),
    response: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(false) }),
      z.object({ chosen: z.literal(true), path: z.string() }),
    ]),
  },
  /**
   * Copies a verified backup on this PC to the chosen folder (checked again there) and mirrors
   * the vault into it: sealed files never change, so only new ones are copied.
   */
  'backup:copyOff': {
    request: z.object({ backupId: backupIdSchema, actor: actorField }).strict(),
    response: z.object({ folder: z.string(), vaultFilesCopied: z.number().int().min(0) }),
  },
  /**
   * Sealed documents from the vault for "Rebuild records from the signed documents", in
   * document-id order after `after`; destroyed ones are left out. Each is checked against its
   * seal before it is sent. A page looks at up to `limit` documents (sent or skipped); `next`
   * is the cursor for the following page, null once the vault has been read to the end.
   */
  'rebuild:readSealed': {
    request: z
      .object({ after: documentIdField.nullable(), limit: z.number().int().min(1).max(200) })
      .strict(),
    response: z.object({
      /** The whole seal record, so the working store keeps exactly what sealing recorded. */
      documents: z.array(z.object({ seal: sealRecordFields, document: appraisalDocumentSchema })),
      /**
       * Sealed documents left out because their record no longer matches its seal (or cannot be
       * read): the manager is told, by document id, with the reason in plain English.
       */
      skipped: z.array(z.object({ documentId: documentIdField, reason: z.string() })),
      next: documentIdField.nullable(),
    }),
  },
  /** The certificate new documents are signed with, and how its key is kept. */
  'signing:status': { request: noRequest, response: signingStatusSchema },
  /**
   * Makes a new key and self-signed certificate naming the home (replacing the current one for
   * new documents; old documents keep their own). Logged with the certificate's fingerprint.
   */
  'signing:newCertificate': {
    request: z
      .object({ home: documentHomeSchema.pick({ name: true, cqcLocationId: true }), actor: actorField })
      .strict(),
    response: signingStatusSchema,
  },
  /**
   * Imports a provider's document-signing certificate and key from a .p12 (PKCS#12) file the
   * manager chose, opened with its password. New documents are then signed with it.
   */
  'signing:importP12': {
    request: z
      .object({
        fileName: z.string().min(1).max(255),
        /** The file's bytes; a .p12 holding a certificate chain is a few kilobytes. */
        base64: z.string().min(1).max(400_000),
        password: z.string().max(500),
        actor: actorField,
      })
      .strict(),
    response: signingStatusSchema,
  },
  /** Logs a finished rebuild (main counts the sealed documents itself). */
  'rebuild:finished': {
    request: z.object({ actor: actorField }).strict(),
    response: z.object({ documents: z.number().int().min(0) }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

/** Main-to-renderer events: name to payload schema. */
export const ipcEvents = {
  'menu:navigate': z.object({ to: z.enum(navigationTargets) }).strict(),
  'export:progress': exportProgressSchema,
} as const satisfies Record<string, z.ZodType>;

export type Channel = keyof typeof ipcChannels;
export type EventName = keyof typeof ipcEvents;
export type RequestOf<C extends Channel> = z.input<(typeof ipcChannels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof ipcChannels)[C]['response']>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof ipcEvents)[E]>;

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(ipcChannels, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(ipcEvents, name);
}
