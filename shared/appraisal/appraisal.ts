/**
 * One appraisal of one member of staff, as stored while it is drafted and after it is signed.
 *
 * A draft may be incomplete in any way (each step shows what is missing; only signing needs
 * completeness), so nearly every field accepts an empty value. Text is kept exactly as typed:
 * the schema checks shape, never trims or rewrites.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { isScaleLevel, type ScaleLevel } from '../framework/scale';
import { sha256HexPattern } from '../integrity/sha256';
import { appraisalSignaturesSchema } from '../signing/signature';
import { documentIdPattern } from '../documents/documentId';
import { appraisalStepIds } from './appraisalSteps';

/** A date field a draft may leave empty (''). */
const optionalIsoDate = z.string().refine((v) => v === '' || isIsoDate(v), 'Enter a real date.');
const isoDateTime = z.iso.datetime({ offset: true });
/** Free text: long evidence notes (10,000 characters and more) are kept whole. */
const freeText = z.string().max(100_000, 'This text is too long to keep (over 100,000 characters).');
const level = z.custom<ScaleLevel>(isScaleLevel, { error: 'Choose a level from 1 to 4.' });
/** Ids the app makes (UUIDs, competency slugs); bounded so no field is without a limit. */
const id = z.string().min(1).max(120);
/** A name or role copied from the register or typed in the header (the register's own limits). */
const nameText = (label: string) => z.string().max(120, `${label} must be 120 characters or fewer.`);
const roleText = (label: string) => z.string().max(80, `${label} must be 80 characters or fewer.`);

/** Generous limits on how many of each a record holds, so a request is bounded as a whole. */
const appraisalListLimits = {
  competencies: 200,
  objectives: 50,
  developmentItems: 100,
} as const;

/** A map keyed by competency id, with no more entries than a framework could have. */
const byCompetency = <T extends z.ZodType>(value: T) =>
  z.record(id, value).refine((entries) => Object.keys(entries).length <= appraisalListLimits.competencies, {
    error: `There are more than ${appraisalListLimits.competencies} competencies.`,
  });

export { appraisalStepIds, type AppraisalStepId } from './appraisalSteps';

export const appraisalStatuses = ['draft', 'signed', 'superseded'] as const;
export type AppraisalStatus = (typeof appraisalStatuses)[number];

const headerSchema = z.object({
  /** The name as it was when the appraisal was made; the register may change later. */
  staffName: nameText("The member of staff's name"),
  roleAtTime: roleText('The role'),
  teamAtTime: roleText('The team'),
  appraiserName: nameText("The appraiser's name"),
  appraiserRole: roleText("The appraiser's role"),
  periodStart: optionalIsoDate,
  periodEnd: optionalIsoDate,
  meetingDate: optionalIsoDate,
});
export type AppraisalHeader = z.infer<typeof headerSchema>;

/** The manager's rating of one competency. `level` and `notApplicable` are exclusive. */
const competencyAssessmentSchema = z.object({
  level: level.nullable(),
  notApplicable: z.boolean(),
  notApplicableReason: freeText,
  evidence: freeText,
});
export type CompetencyAssessment = z.infer<typeof competencyAssessmentSchema>;

const selfAssessmentSchema = z.object({
  /** False when the appraisee did not complete one; the step is then skipped, not missing. */
  included: z.boolean(),
  source: z.enum(['paper-form', 'in-meeting']),
  levels: byCompetency(level.nullable()),
});
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;

const objectiveStatuses = ['met', 'partly-met', 'not-met', 'carried-forward', 'dropped'] as const;
export type ObjectiveStatus = (typeof objectiveStatuses)[number];
export const objectiveStatusLabels = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
  'carried-forward': 'Carried forward',
  dropped: 'Dropped',
} as const satisfies Record<ObjectiveStatus, string>;

/** A SMART objective: what, how it is measured, by when, with what support. */
const objectiveSchema = z.object({
  id,
  what: freeText,
  measure: freeText,
  targetDate: optionalIsoDate,
  support: freeText,
  /** Set when this objective was carried forward from the previous appraisal. */
  carriedFromId: id.nullable(),
});
export type Objective = z.infer<typeof objectiveSchema>;

/** An objective from the last signed appraisal: read-only text, reviewed with a status. */
const previousObjectiveReviewSchema = z.object({
  objective: objectiveSchema,
  status: z.enum(objectiveStatuses).nullable(),
  comment: freeText,
});
export type PreviousObjectiveReview = z.infer<typeof previousObjectiveReviewSchema>;

export const developmentAreas = ['management', 'leadership', 'other'] as const;
export type DevelopmentArea = (typeof developmentAreas)[number];

/** A development action, either accepted from a suggestion or typed freely. */
const developmentItemSchema = z.object({
  id,
  area: z.enum(developmentAreas),
  /** The competency a suggestion came from; null for a free entry. */
  competencyId: id.nullable(),
  action: freeText,
  /** Training or support needed to do it (a course, shadowing, time). */
  trainingNeed: freeText,
  byWhen: optionalIsoDate,
});
export type DevelopmentItem = z.infer<typeof developmentItemSchema>;

/** What sealing produced; kept beside the record, never inside what was sealed. */
export const sealedInfoSchema = z.object({
  documentId: z.string().regex(documentIdPattern),
  /** SHA-256 of the sealed record's canonical JSON (RFC 8785). */
  fingerprint: z.string().regex(sha256HexPattern),
  pdfSha256: z.string().regex(sha256HexPattern),
  sealedAt: isoDateTime,
  /** The audit chain's head just after the seal event, as printed on the PDF. */
  auditHead: z.string().regex(sha256HexPattern),
});
export type SealedInfo = z.infer<typeof sealedInfoSchema>;

export const appraisalSchema = z.object({
  id,
  staffId: id,
  status: z.enum(appraisalStatuses),
  /** 1 for the original; an amendment is version n + 1 of the same document. */
  version: z.number().int().min(1),
  /** The signed appraisal this amendment replaces; both are kept. */
  supersedesId: id.nullable(),
  /** Why the amendment was made; '' for an original. */
  amendmentReason: freeText,
  /** For a superseded version: the amendment that replaced it. */
  supersededById: id.nullable(),
  /** The exact framework version this appraisal uses, pinned when it is created. */
  framework: z.object({ frameworkId: id, version: z.number().int().min(1) }),
  header: headerSchema,
  selfAssessment: selfAssessmentSchema,
  /** The manager's ratings by competency id; a competency not yet looked at is absent. */
  ratings: byCompetency(competencyAssessmentSchema),
  /** The signed appraisal whose objectives are reviewed here; null when there is none. */
  previousAppraisalId: id.nullable(),
  previousObjectives: z.array(previousObjectiveReviewSchema).max(appraisalListLimits.objectives),
  objectives: z.array(objectiveSchema).max(appraisalListLimits.objectives),
  development: z.object({
    items: z.array(developmentItemSchema).max(appraisalListLimits.developmentItems),
    /** Suggestions the manager dismissed, by competency id, so they are not offered again. */
    dismissedSuggestions: z.array(id).max(appraisalListLimits.competencies),
  }),
  wellbeing: z.object({ discussion: freeText, supportAgreed: freeText }),
  summary: z.object({ overall: freeText }),
  appraiseeComments: freeText,
  /** The appraisee signs first (which freezes the record), then the appraiser countersigns. */
  signatures: appraisalSignaturesSchema,
  /** Null until the countersignature seals the record; then it can never change. */
  sealed: sealedInfoSchema.nullable(),
  /** When the next appraisal is due; defaults from the meeting date and the home's interval. */
  nextDueDate: optionalIsoDate,
  /** Where the manager was, so coming back resumes at the same step. */
  currentStep: z.enum(appraisalStepIds),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Appraisal = z.infer<typeof appraisalSchema>;
