/**
 * Previous objectives: copied read-only from the last signed appraisal, each given a status.
 * A previous objective becomes a new objective only through `carryForward`, the explicit
 * action; choosing any other status never copies anything.
 */
import type { Appraisal, Objective, ObjectiveStatus, PreviousObjectiveReview } from './appraisal';

/** What a change to the review did; a refused change leaves the appraisal as it was. */
export type ReviewChange =
  { outcome: 'changed'; appraisal: Appraisal } | { outcome: 'refused'; appraisal: Appraisal; reason: string };

/** The previous appraisal's objectives, each still to be given a status. */
export function previousObjectivesFrom(previous: Appraisal | null): PreviousObjectiveReview[] {
  if (previous === null) return [];
  return previous.objectives.map((objective) => ({ objective: { ...objective }, status: null, comment: '' }));
}

/**
 * Marks the previous objective as carried forward and adds a copy to the new objectives,
 * with the target date left for the manager to agree again. Doing it twice adds nothing more.
 */
export function carryForward(
  appraisal: Appraisal,
  previousObjectiveId: string,
  newObjectiveId: string,
): Appraisal {
  const review = findReview(appraisal, previousObjectiveId);
  if (review === undefined) return appraisal;
  const withStatus = withReview(appraisal, previousObjectiveId, { ...review, status: 'carried-forward' });
  if (copyOf(appraisal, previousObjectiveId) !== undefined) return withStatus;
  const copy: Objective = {
    id: newObjectiveId,
    what: review.objective.what,
    measure: review.objective.measure,
    // A new date must be agreed: the old one is usually the date that was missed.
    targetDate: '',
    support: review.objective.support,
    carriedFromId: previousObjectiveId,
  };
  return { ...withStatus, objectives: [...withStatus.objectives, copy] };
}

/**
 * Takes back "carried forward": the status is cleared and the copied objective removed, but
 * only while the copy is exactly as it was copied. Once the manager has edited it (a new date,
 * changed wording) removing it would lose their work, so the change is refused with a reason.
 */
export function undoCarryForward(appraisal: Appraisal, previousObjectiveId: string): ReviewChange {
  const review = findReview(appraisal, previousObjectiveId);
  if (review === undefined) {
    return { outcome: 'refused', appraisal, reason: 'That objective is not among the previous objectives.' };
  }
  const copy = copyOf(appraisal, previousObjectiveId);
  if (copy !== undefined && !isUnchangedCopy(copy, review.objective)) {
    return {
      outcome: 'refused',
      appraisal,
      reason:
        'This objective has already been carried forward and the new copy has been changed. ' +
        'To undo, first remove the copy from New objectives.',
    };
  }
  const cleared = withReview(appraisal, previousObjectiveId, { ...review, status: null });
  return {
    outcome: 'changed',
    appraisal: { ...cleared, objectives: cleared.objectives.filter((objective) => objective !== copy) },
  };
}

/**
 * Gives a previous objective any status except "carried forward" (use `carryForward`), or
 * clears it. Moving away from "carried forward" first undoes it, with the same refusal rule.
 */
export function setPreviousObjectiveStatus(
  appraisal: Appraisal,
  previousObjectiveId: string,
  status: Exclude<ObjectiveStatus, 'carried-forward'> | null,
): ReviewChange {
  const review = findReview(appraisal, previousObjectiveId);
  if (review === undefined) {
    return { outcome: 'refused', appraisal, reason: 'That objective is not among the previous objectives.' };
  }
  let current = appraisal;
  if (review.status === 'carried-forward' || copyOf(appraisal, previousObjectiveId) !== undefined) {
    const undone = undoCarryForward(appraisal, previousObjectiveId);
    if (undone.outcome === 'refused') return undone;
    current = undone.appraisal;
  }
  return { outcome: 'changed', appraisal: withReview(current, previousObjectiveId, { ...review, status }) };
}

export function setPreviousObjectiveComment(
  appraisal: Appraisal,
  previousObjectiveId: string,
  comment: string,
): Appraisal {
  const review = findReview(appraisal, previousObjectiveId);
  return review === undefined
    ? appraisal
    : withReview(appraisal, previousObjectiveId, { ...review, comment });
}

/** The new objective carried from this previous one, if there is one. */
export function copyOf(appraisal: Appraisal, previousObjectiveId: string): Objective | undefined {
  return appraisal.objectives.find((objective) => objective.carriedFromId === previousObjectiveId);
}

function findReview(appraisal: Appraisal, previousObjectiveId: string): PreviousObjectiveReview | undefined {
  return appraisal.previousObjectives.find((review) => review.objective.id === previousObjectiveId);
}

function withReview(
  appraisal: Appraisal,
  previousObjectiveId: string,
  review: PreviousObjectiveReview,
): Appraisal {
  return {
    ...appraisal,
    previousObjectives: appraisal.previousObjectives.map((existing) =>
      existing.objective.id === previousObjectiveId ? review : existing,
    ),
  };
}

function isUnchangedCopy(copy: Objective, original: Objective): boolean {
  return (
    copy.what === original.what &&
    copy.measure === original.measure &&
    copy.support === original.support &&
    copy.targetDate === ''
  );
}
