/** New SMART objectives: at least one; add and remove freely (removing text asks first). */
import { useState } from 'react';
import type { Objective } from '../../../../shared/appraisal/appraisal';
import { objectiveAnchor, stepAnchors } from '../../../../shared/appraisal/anchors';
import { isBlank, objectiveMissing, objectiveWarnings } from '../../../../shared/appraisal/objectiveChecks';
import { ConfirmRemoveDialog } from '../editor/ConfirmRemoveDialog';
import { changeThenFocus } from '../editor/changeThenFocus';
import { missingFor, type StepProps } from '../editor/stepProps';
import { TodoNote } from '../editor/TodoNote';
import { ObjectiveCard } from '../objectives/ObjectiveCard';

function hasText(objective: Objective): boolean {
  return !isBlank(objective.what) || !isBlank(objective.measure) || !isBlank(objective.support);
}

export function ObjectivesStep({ draft, update, missing, context }: StepProps) {
  const [removing, setRemoving] = useState<{ objective: Objective; position: number } | null>(null);
  const { objectives } = draft;

  const change = (id: string) => (patch: Partial<Objective>) =>
    update((a) => ({ ...a, objectives: a.objectives.map((o) => (o.id === id ? { ...o, ...patch } : o)) }));
  const remove = (id: string) =>
    update((a) => ({ ...a, objectives: a.objectives.filter((o) => o.id !== id) }));
  const add = () => {
    const objective: Objective = {
      id: crypto.randomUUID(),
      what: '',
      measure: '',
      targetDate: '',
      support: '',
      carriedFromId: null,
    };
    changeThenFocus(`${objectiveAnchor(objective.id)}-what`, () =>
      update((a) => ({ ...a, objectives: [...a.objectives, objective] })),
    );
  };

  return (
    <>
      <p className="step-intro">
        Agree at least one objective for the coming year. Make each one SMART: specific, measurable,
        achievable, relevant and with a target date.
      </p>
      <div id={stepAnchors.objectives} tabIndex={-1} className="entry-list">
        <TodoNote messages={missingFor(missing, stepAnchors.objectives)} />
        {objectives.map((objective, index) => (
          <ObjectiveCard
            key={objective.id}
            objective={objective}
            position={index + 1}
            // A blank new card needs no list of what is empty; a started one says what is left.
            todo={hasText(objective) || objective.targetDate !== '' ? objectiveMissing(objective) : []}
            warnings={objectiveWarnings(objective, { today: context.today, nextDueDate: draft.nextDueDate })}
            onChange={change(objective.id)}
            onRemove={() => {
              if (hasText(objective)) setRemoving({ objective, position: index + 1 });
              else remove(objective.id);
            }}
          />
        ))}
      </div>
      <button type="button" className="button button--secondary" onClick={add}>
        {objectives.length === 0 ? 'Add an objective' : 'Add another objective'}
      </button>
      {removing !== null && (
        <ConfirmRemoveDialog
          title={`Remove new objective ${removing.position}?`}
          confirmLabel="Remove objective"
          onCancel={() => setRemoving(null)}
          onConfirm={() =>
            changeThenFocus(stepAnchors.objectives, () => {
              remove(removing.objective.id);
              setRemoving(null);
            })
          }
        >
          <p>
            &ldquo;{removing.objective.what.trim() || removing.objective.measure.trim()}&rdquo; and everything
            typed for it will be removed from this appraisal.
          </p>
        </ConfirmRemoveDialog>
      )}
    </>
  );
}
