/**
 * Long exports (the inspection pack, a subject access bundle) run in main as jobs: the renderer
 * names the job, main reports progress as events and the manager can cancel; a cancelled or
 * failed export leaves no file behind.
 */
import { z } from 'zod';
import { manifestSignatureSchema } from '../documentSigning/signingStatus';

export const jobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'is not a job id' });

export const exportProgressSchema = z
  .object({
    jobId: jobIdSchema,
    /** Plain words for the bar's label, e.g. "Adding signed PDFs". */
    stage: z.string().max(200),
    done: z.number().int().min(0),
    total: z.number().int().min(0),
  })
  .strict();
export type ExportProgress = z.infer<typeof exportProgressSchema>;

export const exportResultSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('saved'),
    fileName: z.string(),
    /** Files inside the ZIP (manifest included) and the ZIP's size. */
    files: z.number().int().min(0),
    bytes: z.number().int().min(0),
    documents: z.number().int().min(0),
    /** The file was saved, but something after it was not (the activity log); said plainly. */
    warning: z.string().nullable(),
  }),
  /** The manager closed the save dialog. */
  z.object({ outcome: z.literal('not-saved') }),
  z.object({ outcome: z.literal('cancelled') }),
]);
export type ExportResult = z.infer<typeof exportResultSchema>;

/** What verifying a pack found, file by file, in plain English. */
export const packCheckSchema = z.discriminatedUnion('chosen', [
  z.object({ chosen: z.literal(false) }),
  z.object({
    chosen: z.literal(true),
    fileName: z.string(),
    /** True only when every file matches the manifest, none is missing or extra, and the chain holds. */
    intact: z.boolean(),
    files: z.array(z.object({ name: z.string(), status: z.enum(['ok', 'altered', 'missing', 'extra']) })),
    /**
     * Sentences a manager or inspector can read, naming records as people do, e.g. "Łucja
     * Wąsowska, appraisal of 12 March 2026, version 1: the PDF was changed after the pack was made
     * (pdf/…)."
     */
    problems: z.array(z.string()),
    auditChain: z.object({ intact: z.boolean(), problems: z.array(z.string()), count: z.number().int() }),
    /** The manifest's signature (manifest.json.p7s): who signed the pack, and whether it still verifies. */
    signature: manifestSignatureSchema,
  }),
]);
export type PackCheck = z.infer<typeof packCheckSchema>;
