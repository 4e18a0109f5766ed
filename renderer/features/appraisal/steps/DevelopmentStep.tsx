/** The development plan: suggestions from low ratings to accept, edit or dismiss, and free entries. */
import { useState } from 'react';
import type { DevelopmentItem } from '../../../../shared/appraisal/appraisal';
import { developmentItemAnchor, stepAnchors } from '../../../../shared/appraisal/anchors';
import {
  acceptSuggestion,
  dismissSuggestion,
  pendingSuggestions,
  restoreSuggestion,
} from '../../../../shared/appraisal/development';
import { isBlank } from '../../../../shared/appraisal/objectiveChecks';
import { managerRatings } from '../../../../shared/appraisal/ratingsOf';
import { DevelopmentItemCard } from '../development/DevelopmentItemCard';
import { SuggestionList } from '../development/SuggestionList';
import { ConfirmRemoveDialog } from '../editor/ConfirmRemoveDialog';
import { changeThenFocus } from '../editor/changeThenFocus';
import { missingFor, type StepProps } from '../editor/stepProps';
import { TodoNote } from '../editor/TodoNote';

export function DevelopmentStep({ draft, update, framework, missing }: StepProps) {
  const [removing, setRemoving] = useState<{ item: DevelopmentItem; position: number } | null>(null);
  const { items, dismissedSuggestions } = draft.development;
  const titleOf = (id: string | null) =>
    id === null
      ? null
      : (framework.sections.flatMap((s) => s.competencies).find((c) => c.id === id)?.title ?? null);

  const setItems = (change: (list: DevelopmentItem[]) => DevelopmentItem[]) =>
    update((a) => ({ ...a, development: { ...a.development, items: change(a.development.items) } }));
  const remove = (id: string) => setItems((list) => list.filter((i) => i.id !== id));
  const addFree = () => {
    const item: DevelopmentItem = {
      id: crypto.randomUUID(),
      area: 'other',
      competencyId: null,
      action: '',
      trainingNeed: '',
      byWhen: '',
    };
    changeThenFocus(`${developmentItemAnchor(item.id)}-area`, () => setItems((list) => [...list, item]));
  };

  return (
    <>
      <p className="step-intro">
        Turn the gaps into a plan. Many people gain most by first strengthening everyday management skills, so
        suggestions come from the lowest-rated areas in each section.
      </p>
      <SuggestionList
        suggestions={pendingSuggestions(draft, framework)}
        framework={framework}
        dismissed={dismissedSuggestions}
        anyRated={Object.keys(managerRatings(draft)).length > 0}
        onAccept={(suggestion, action) => {
          const id = crypto.randomUUID();
          changeThenFocus(`${developmentItemAnchor(id)}-action`, () =>
            update((a) => {
              const accepted = acceptSuggestion(a, suggestion, id);
              return {
                ...accepted,
                development: {
                  ...accepted.development,
                  items: accepted.development.items.map((i) => (i.id === id ? { ...i, action } : i)),
                },
              };
            }),
          );
        }}
        onDismiss={(suggestion) => {
          changeThenFocus('suggestions-title', () =>
            update((a) => dismissSuggestion(a, suggestion.competencyId)),
          );
        }}
        onRestore={(id) => update((a) => restoreSuggestion(a, id))}
      />
      <section id={stepAnchors.development} tabIndex={-1} className="step-group" aria-labelledby="plan-title">
        <h3 id="plan-title">The development plan</h3>
        <TodoNote messages={missingFor(missing, stepAnchors.development)} />
        {items.length === 0 && (
          <p className="step-note">Nothing in the plan yet. Accept a suggestion above or add your own.</p>
        )}
        {items.map((item, index) => (
          <DevelopmentItemCard
            key={item.id}
            item={item}
            position={index + 1}
            sourceTitle={titleOf(item.competencyId)}
            todo={missingFor(missing, developmentItemAnchor(item.id))}
            onChange={(patch) =>
              setItems((list) => list.map((i) => (i.id === item.id ? { ...i, ...patch } : i)))
            }
            onRemove={() => {
              if (isBlank(item.action) && isBlank(item.trainingNeed)) remove(item.id);
              else setRemoving({ item, position: index + 1 });
            }}
          />
        ))}
        <button type="button" className="button button--secondary" onClick={addFree}>
          Add your own action
        </button>
      </section>
      {removing !== null && (
        <ConfirmRemoveDialog
          title={`Remove action ${removing.position}?`}
          confirmLabel="Remove action"
          onCancel={() => setRemoving(null)}
          onConfirm={() =>
            changeThenFocus(stepAnchors.development, () => {
              remove(removing.item.id);
              setRemoving(null);
            })
          }
        >
          <p>
            &ldquo;{removing.item.action.trim() || removing.item.trainingNeed.trim()}&rdquo; will be removed
            from the development plan.
            {removing.item.competencyId !== null && ' Its suggestion will be offered again.'}
          </p>
        </ConfirmRemoveDialog>
      )}
    </>
  );
}
