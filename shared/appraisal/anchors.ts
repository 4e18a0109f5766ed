/**
 * Element ids the appraisal screens give the things a checklist item points at, so "ready to
 * sign" can link straight to the field. Shared so the checklist and the screens cannot drift.
 */
import type { AppraisalHeader } from './appraisal';

export const headerAnchor = (field: keyof AppraisalHeader): string => `header-${field}`;
export const competencyAnchor = (competencyId: string): string => `competency-${competencyId}`;
export const previousObjectiveAnchor = (objectiveId: string): string => `previous-objective-${objectiveId}`;
export const objectiveAnchor = (objectiveId: string): string => `objective-${objectiveId}`;
export const developmentItemAnchor = (itemId: string): string => `development-item-${itemId}`;

/** Fields and lists that are not one item of a list. */
export const stepAnchors = {
  objectives: 'objectives-list',
  development: 'development-plan',
  wellbeingDiscussion: 'wellbeing-discussion',
  summaryOverall: 'summary-overall',
  nextDueDate: 'next-due-date',
} as const;
