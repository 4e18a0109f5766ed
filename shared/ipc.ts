/**
 * The IPC contract: every channel between the renderer and the main process, in one map.
 *
 * Channel names are `feature:action`. Each channel has a request schema (parsed in main
 * before any handler runs) and a response schema (the shape the renderer receives).
 * `electron/preload.ts`, the browser harness and the renderer's `window` type are all
 * derived from this map, so a channel is declared here and nowhere else.
 */
import { z } from 'zod';
import { auditEventSchema, rendererAuditActions } from './audit/auditEvent';
import { appraisalDocumentSchema } from './documents/appraisalDocument';
import { documentIdPattern } from './documents/documentId';
import { sha256HexPattern } from './integrity/sha256';
import { complianceSummarySchema } from './compliance/complianceRow';
import { documentHomeSchema } from './documents/appraisalDocument';
import { exportProgressSchema, exportResultSchema, jobIdSchema, packCheckSchema } from './exports/exportJob';
import { staffMemberSchema } from './staff/staffMember';
import { isIsoDate } from './dates';

/** Screens the native menu (or a shortcut handled in main) can ask the renderer to open. */
export const navigationTargets = ['staff', 'staff-new', 'settings', 'about'] as const;
export type NavigationTarget = (typeof navigationTargets)[number];

export const appInfoSchema = z.object({
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

const noRequest = z.undefined();

/** Kinds of file the manager can save; each gets its own filter in the save dialog. */
export const savedFileKinds = ['json', 'csv', 'text', 'pdf', 'zip'] as const;
export type SavedFileKind = (typeof savedFileKinds)[number];

/** A plain file name offered in a save dialog, never a path. */
const suggestedFileName = z
  .string()
  .min(1)
  .max(120)
  .refine((name) => !/[\\/:*?"<>|\p{Cc}]/u.test(name) && !name.startsWith('.'), {
    error: 'must be a plain file name without folders or special characters',
  });

const documentId = z.string().regex(documentIdPattern, { error: 'is not a document id' });
const sha256 = z.string().regex(sha256HexPattern);
const isoDate = z.string().refine(isIsoDate, { error: 'is not a real date' });
/** Who is doing it, as the app knows them; written into the audit log. */
const actor = z.string().trim().min(1).max(200);

/** The home's logo as printed on documents (base64 so it travels over the harness's JSON too). */
export const documentLogoSchema = z
  .object({
    mediaType: z.enum(['image/png', 'image/jpeg']),
    base64: z.string().max(1_500_000),
  })
  .strict();
export type DocumentLogo = z.infer<typeof documentLogoSchema>;

/** Sealed documents live in the vault; drafts printed for signing on paper are kept apart. */
export const documentKinds = ['sealed', 'draft'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentIntegritySchema = z.object({
  /** intact: both files match their fingerprints; altered or missing: named in `problems`. */
  status: z.enum(['intact', 'altered', 'missing']),
  problems: z.array(z.string()),
});
export type DocumentIntegrity = z.infer<typeof documentIntegritySchema>;

export const ipcChannels = {
  'app:info': {
    request: noRequest,
    response: appInfoSchema,
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
    response: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), fileName: z.string() }),
      z.object({ saved: z.literal(false) }),
    ]),
  },
  /**
   * Seals a countersigned appraisal: main re-computes the fingerprint, renders the PDF, writes
   * both to the vault (write-once) and appends the seal event. Calling it again with the same
   * document returns the same answer and writes nothing (`alreadySealed`).
   */
  'documents:seal': {
    request: z
      .object({ document: appraisalDocumentSchema, logo: documentLogoSchema.nullable(), actor })
      .strict(),
    response: z.object({
      documentId,
      fingerprint: sha256,
      pdfSha256: sha256,
      auditHead: sha256,
      sealedAt: z.iso.datetime({ offset: true }),
      pdfBytes: z.number().int().positive(),
      alreadySealed: z.boolean(),
    }),
  },
  /** Renders an unsigned appraisal as a DRAFT with blank signature blocks (for paper signing). */
  'documents:renderDraft': {
    request: z.object({ document: appraisalDocumentSchema, logo: documentLogoSchema.nullable() }).strict(),
    response: z.object({ documentId, pdfUrl: z.string(), pdfBytes: z.number().int().positive() }),
  },
  /**
   * Re-hashes a sealed document's files in the vault and says whether they are as sealed;
   * records a verify event. `pdfUrl` shows it inside the app.
   */
  'documents:open': {
    request: z.object({ documentId, expectedFingerprint: sha256, actor }).strict(),
    response: z.object({
      documentId,
      fingerprint: sha256.nullable(),
      pdfUrl: z.string().nullable(),
      integrity: documentIntegritySchema,
    }),
  },
  /** Sends a document to the system's printing; `printed` is false when the manager cancels. */
  'documents:print': {
    request: z.object({ documentId, kind: z.enum(documentKinds), actor }).strict(),
    response: z.object({ printed: z.boolean() }),
  },
  /** Saves a copy of a document's PDF where the manager chooses (native save dialog). */
  'documents:saveCopy': {
    request: z
      .object({ documentId, kind: z.enum(documentKinds), suggestedName: suggestedFileName, actor })
      .strict(),
    response: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), fileName: z.string() }),
      z.object({ saved: z.literal(false) }),
    ]),
  },
  /** Appends an event the renderer itself witnessed (create, sign, amend…) to the audit log. */
  'audit:record': {
    request: z
      .object({
        action: z.enum(rendererAuditActions),
        entityId: z.string().min(1).max(120),
        fingerprint: sha256.nullable(),
        actor,
        detail: z.string().max(500),
      })
      .strict(),
    response: z.object({ seq: z.number().int().min(1), hash: sha256 }),
  },
  /** The audit events for some records, oldest first. */
  'audit:list': {
    request: z.object({ entityIds: z.array(z.string().min(1).max(120)).min(1).max(500) }).strict(),
    response: z.object({ events: z.array(auditEventSchema) }),
  },
  /** Checks the whole audit chain and records that it was checked. */
  'audit:verify': {
    request: z.object({ actor }).strict(),
    response: z.object({
      intact: z.boolean(),
      problems: z.array(z.string()),
      head: sha256,
      count: z.number().int().min(0),
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
        from: isoDate,
        to: isoDate,
        home: documentHomeSchema.omit({ logoSha256: true }),
        logo: documentLogoSchema.nullable(),
        compliance: complianceSummarySchema,
        actor,
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
        staff: staffMemberSchema,
        home: documentHomeSchema.omit({ logoSha256: true }),
        actor,
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
    request: z.object({ actor }).strict(),
    response: packCheckSchema,
  },
  /**
   * Destroys a leaver's sealed documents once retention has passed: main checks the dates again,
   * removes the files from the vault and records one destroy event. The renderer then removes
   * its own copies.
   */
  'records:destroy': {
    request: z
      .object({
        staffId: z.string().min(1).max(120),
        documentIds: z.array(documentId).max(1000),
        leavingDate: isoDate,
        retentionYears: z.number().int().min(1).max(50),
        /** The home's local date today, so main and renderer agree on "past retention". */
        today: isoDate,
        actor,
      })
      .strict(),
    response: z.object({ destroyed: z.number().int().min(0) }),
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

/**
 * Every reply crosses the boundary in this envelope so that a refused or failed call
 * reaches the renderer as a plain-English message rather than Electron's wrapped error text.
 */
export type IpcReply<T> =
  { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } };

export type IpcErrorCode = 'bad-request' | 'forbidden' | 'unknown-channel' | 'failed';

/** The error the renderer sees when a call is refused or fails. */
export class IpcError extends Error {
  readonly code: IpcErrorCode;
  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'IpcError';
    this.code = code;
  }
}

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(ipcChannels, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(ipcEvents, name);
}
