/**
 * Checks on one new objective. "Missing" items stop it being signed; warnings only advise
 * (a date already passed, or beyond the next appraisal), because the manager may have reasons.
 */
import { formatDate, isIsoDate } from '../dates';
import type { Objective } from './appraisal';

export interface ObjectiveContext {
  /** Today as an ISO date. */
  today: string;
  /** The appraisal's next due date as an ISO date, or '' when not set yet. */
  nextDueDate: string;
}

/** What is still to be written for a SMART objective, one message per empty field. */
export function objectiveMissing(objective: Objective): string[] {
  const missing: string[] = [];
  if (isBlank(objective.what)) missing.push('Say what the objective is.');
  if (isBlank(objective.measure)) missing.push('Say how progress will be measured.');
  if (objective.targetDate === '') missing.push('Set a target date.');
  return missing;
}

export function objectiveWarnings(objective: Objective, context: ObjectiveContext): string[] {
  const { targetDate } = objective;
  if (!isIsoDate(targetDate)) return [];
  const warnings: string[] = [];
  if (isIsoDate(context.today) && targetDate < context.today) {
    warnings.push(`The target date ${formatDate(targetDate)} has already passed.`);
  }
  if (isIsoDate(context.nextDueDate) && targetDate > context.nextDueDate) {
    warnings.push(
      `The target date is after the next appraisal is due (${formatDate(context.nextDueDate)}); ` +
        'agree a date before then or review it at the next appraisal.',
    );
  }
  return warnings;
}

/** Spaces alone are not an answer. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
