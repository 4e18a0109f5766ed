/** The guided appraisal's steps, in order, with the words the stepper and overview show. */
import type { AppraisalStepId } from './appraisal';

export interface AppraisalStep {
  id: AppraisalStepId;
  title: string;
  description: string;
}

/** In the order of `appraisalStepIds` (a unit test checks they match). */
export const appraisalSteps: readonly AppraisalStep[] = [
  {
    id: 'header',
    title: 'About this appraisal',
    description: 'Who is being appraised, who is appraising, the period it covers and the meeting date.',
  },
  {
    id: 'self-assessment',
    title: 'Self-assessment',
    description: "Optional: the member of staff's own rating of each area, shown beside yours.",
  },
  {
    id: 'management',
    title: 'Management tasks',
    description:
      'Rate each task from 1 to 4 with evidence, or mark it not applicable to this role and say why.',
  },
  {
    id: 'leadership',
    title: 'Leadership behaviours',
    description:
      'Rate each behaviour from 1 to 4 with evidence, or mark it not applicable to this role and say why.',
  },
  {
    id: 'previous-objectives',
    title: 'Previous objectives',
    description: 'The objectives from the last signed appraisal: give each one a status and a comment.',
  },
  {
    id: 'objectives',
    title: 'New objectives',
    description:
      'At least one objective: what, how progress will be measured, a target date and support needed.',
  },
  {
    id: 'development',
    title: 'Development plan',
    description:
      'Training and development, suggested from the lowest-rated areas; accept, edit, dismiss or add your own.',
  },
  {
    id: 'wellbeing',
    title: 'Wellbeing and support',
    description: 'How the member of staff is, and any support agreed.',
  },
  {
    id: 'summary',
    title: 'Summary and profile',
    description: 'Your overall comments, with the management and leadership profile.',
  },
  {
    id: 'appraisee-comments',
    title: "Appraisee's comments",
    description: "The member of staff's own comments, including anything they disagree with. Optional.",
  },
  {
    id: 'ready',
    title: 'Ready to sign',
    description: 'When the next appraisal is due, and a checklist of anything still missing.',
  },
];

/** The step's title and description. */
export function appraisalStep(id: AppraisalStepId): AppraisalStep {
  const step = appraisalSteps.find((candidate) => candidate.id === id);
  // Unreachable while the list covers appraisalStepIds; fall back rather than throw in the UI.
  return step ?? { id, title: id, description: '' };
}
