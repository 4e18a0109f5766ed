/**
 * The appraisal document: exactly what is sealed, stored in the vault as canonical JSON and
 * printed as the PDF. It is complete on its own (the record, the framework version it used
 * with every descriptor, the home's details and the signatures with their images), so a
 * vault copy can be read and re-checked years later without the app's database.
 */
import { z } from 'zod';
import { appraisalSchema, type Appraisal } from '../appraisal/appraisal';
import { frameworkSchema, type Framework } from '../framework/frameworkSchema';
import { sha256HexPattern } from '../integrity/sha256';
import { documentIdOf, documentIdPattern } from './documentId';

export const appraisalDocumentFormat = 'care-appraisals/appraisal-document';

/** The record as sealed: everything but what may still change beside it (status, UI place). */
const documentAppraisalSchema = appraisalSchema.omit({
  status: true,
  currentStep: true,
  sealed: true,
  supersededById: true,
  updatedAt: true,
});
export type DocumentAppraisal = z.infer<typeof documentAppraisalSchema>;

/** The settings form's limits (homeSettings.ts), so a home's details are bounded wherever they travel. */
export const documentHomeSchema = z.object({
  name: z.string().min(1).max(120),
  address: z.string().max(400),
  cqcLocationId: z.string().max(20),
  /** The logo printed on the document, by hash; the bytes travel beside the document. */
  logoSha256: z.string().regex(sha256HexPattern).nullable(),
});
export type DocumentHome = z.infer<typeof documentHomeSchema>;

export const appraisalDocumentSchema = z
  .object({
    format: z.literal(appraisalDocumentFormat),
    formatVersion: z.literal(1),
    documentId: z.string().regex(documentIdPattern),
    home: documentHomeSchema,
    appraisal: documentAppraisalSchema,
    /** The pinned framework version, whole, so every printed descriptor is covered by the seal. */
    framework: frameworkSchema,
    /** For an amendment: the sealed version it replaces. */
    supersedes: z
      .object({
        documentId: z.string().regex(documentIdPattern),
        fingerprint: z.string().regex(sha256HexPattern),
      })
      .nullable(),
    /** When the countersignature sealed it; null for a draft printed for signing on paper. */
    sealedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .superRefine((document, ctx) => {
    const { appraisal, framework } = document;
    if (document.documentId !== documentIdOf(appraisal))
      ctx.addIssue({
        code: 'custom',
        path: ['documentId'],
        message: 'does not match the appraisal and version',
      });
    if (
      appraisal.framework.frameworkId !== framework.frameworkId ||
      appraisal.framework.version !== framework.version
    )
      ctx.addIssue({
        code: 'custom',
        path: ['framework'],
        message: 'is not the version the appraisal pinned',
      });
  });
export type AppraisalDocument = z.infer<typeof appraisalDocumentSchema>;

export interface BuildDocumentInput {
  appraisal: Appraisal;
  framework: Framework;
  home: DocumentHome;
  supersedes: AppraisalDocument['supersedes'];
  sealedAt: string | null;
}

export function buildAppraisalDocument(input: BuildDocumentInput): AppraisalDocument {
  return {
    format: appraisalDocumentFormat,
    formatVersion: 1,
    documentId: documentIdOf(input.appraisal),
    home: input.home,
    // Parsing strips exactly the omitted fields.
    appraisal: documentAppraisalSchema.parse(input.appraisal),
    framework: input.framework,
    supersedes: input.supersedes,
    sealedAt: input.sealedAt,
  };
}
