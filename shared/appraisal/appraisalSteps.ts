/**
 * The steps of an appraisal, in order, apart from the record's zod schema (`appraisal.ts`
 * re-exports them): every screen's address names a step, and the app's addresses load at start.
 */
export const appraisalStepIds = [
  'header',
  'self-assessment',
  'management',
  'leadership',
  'previous-objectives',
  'objectives',
  'development',
  'wellbeing',
  'summary',
  'appraisee-comments',
  'ready',
] as const;
export type AppraisalStepId = (typeof appraisalStepIds)[number];
