/**
 * The field schemas the IPC contract is built from. Every text field has a maximum length
 * matching the form that fills it, and every list a maximum size, so no request can make main
 * hold or work through more than a form could produce.
 */
import { z } from 'zod';
import { actorRefSchema } from './audit/auditActor';
import { recordIdSchema } from './audit/auditEvent';
import { isIsoDate } from './dates';
import { documentIdPattern } from './documents/documentId';
import { isPlainFileName, maxFileNameLength } from './files/fileNames';
import { sha256HexPattern } from './integrity/sha256';

/** Kinds of file the manager can save; each gets its own filter in the save dialog. */
export const savedFileKinds = ['json', 'csv', 'text', 'pdf', 'zip'] as const;
export type SavedFileKind = (typeof savedFileKinds)[number];

/** A plain file name offered in a save dialog, never a path. */
export const suggestedFileName = z
  .string()
  .max(maxFileNameLength)
  .refine(isPlainFileName, { error: 'must be a plain file name without folders or special characters' });

export const documentIdField = z.string().regex(documentIdPattern, { error: 'is not a document id' });
export const sha256Field = z.string().regex(sha256HexPattern, { error: 'is not a SHA-256 hash' });
export const isoDateField = z.string().max(10).refine(isIsoDate, { error: 'is not a real date' });
/** A member of staff, an appraisal or another record, by id. */
export const recordIdField = recordIdSchema;
/** Who is asking, by id (never a name): written into the audit log as it is. */
export const actorField = actorRefSchema;

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

/** What sealing produced, as main's vault holds it. */
export const sealRecordFields = z.object({
  documentId: documentIdField,
  fingerprint: sha256Field,
  pdfSha256: sha256Field,
  sealedAt: z.iso.datetime({ offset: true }),
  auditHead: sha256Field,
});

/**
 * Events the renderer saw happen to an appraisal in its own store. Main writes the sentence
 * itself from these few ids and choices, so the log never carries a name or free text.
 */
export const appraisalEventSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('create'),
      appraisalId: recordIdField,
      version: z.number().int().min(1).max(9999),
    })
    .strict(),
  z
    .object({
      action: z.literal('sign'),
      appraisalId: recordIdField,
      party: z.enum(['appraisee', 'appraiser']),
      method: z.enum(['drawn', 'typed', 'paper']),
    })
    .strict(),
  z
    .object({
      action: z.literal('unsign'),
      appraisalId: recordIdField,
      /** Both signatures, or the appraisee's alone (before the countersignature). */
      removed: z.enum(['both', 'appraisee']),
    })
    .strict(),
  z
    .object({
      action: z.literal('amend'),
      appraisalId: recordIdField,
      version: z.number().int().min(2).max(9999),
      supersedesDocumentId: documentIdField,
    })
    .strict(),
  z.object({ action: z.literal('discard'), appraisalId: recordIdField }).strict(),
]);
export type AppraisalEvent = z.infer<typeof appraisalEventSchema>;
