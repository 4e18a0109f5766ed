/** The objectives from the last signed appraisal, each given a status; nothing copied silently. */
import {
  carryForward,
  copyOf,
  setPreviousObjectiveComment,
  setPreviousObjectiveStatus,
  undoCarryForward,
  type ReviewChange,
} from '../../../../shared/appraisal/carryOver';
import { objectiveAnchor } from '../../../../shared/appraisal/anchors';
import type { StepProps } from '../editor/stepProps';
import { PreviousObjectiveCard } from '../objectives/PreviousObjectiveCard';

export function PreviousObjectivesStep({ draft, update, goTo }: StepProps) {
  if (draft.previousObjectives.length === 0) {
    return (
      <div className="empty-state">
        <h3>No previous objectives to review</h3>
        <p>
          {draft.previousAppraisalId === null
            ? `There is no earlier signed appraisal of ${draft.header.staffName} in Care Appraisals, so there is nothing to review here. Go on to New objectives.`
            : 'Their last signed appraisal had no objectives, so there is nothing to review here. Go on to New objectives.'}
        </p>
      </div>
    );
  }

  /** Runs a rule that may refuse; the card shows the reason and nothing changes. */
  const tryChange = (rule: (a: typeof draft) => ReviewChange): string | null => {
    let reason: string | null = null;
    update((a) => {
      const change = rule(a);
      if (change.outcome === 'refused') reason = change.reason;
      return change.appraisal;
    });
    return reason;
  };

  return (
    <>
      <p className="step-intro">
        From the last signed appraisal. Give each objective a status: this is a record of what happened, so
        the wording cannot be changed here. An objective that is still relevant can be carried forward as a
        new one.
      </p>
      {draft.previousObjectives.map((review, index) => {
        const id = review.objective.id;
        const copy = copyOf(draft, id);
        const copyIndex = copy === undefined ? -1 : draft.objectives.indexOf(copy);
        const carriedAs =
          copy === undefined || copyIndex === -1
            ? null
            : { position: copyIndex + 1, targetDate: copy.targetDate };
        return (
          <PreviousObjectiveCard
            key={id}
            review={review}
            position={index + 1}
            carriedAs={carriedAs}
            onStatus={(status) => tryChange((a) => setPreviousObjectiveStatus(a, id, status))}
            onComment={(comment) => update((a) => setPreviousObjectiveComment(a, id, comment))}
            onCarryForward={() => update((a) => carryForward(a, id, crypto.randomUUID()))}
            onUndoCarryForward={() => tryChange((a) => undoCarryForward(a, id))}
            onShowCopy={() => {
              if (copy !== undefined) goTo('objectives', objectiveAnchor(copy.id));
            }}
          />
        );
      })}
    </>
  );
}
