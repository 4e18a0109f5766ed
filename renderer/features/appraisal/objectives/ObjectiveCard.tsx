/** One new SMART objective: what, how measured, target date, support; warnings never block. */
import { useId } from 'react';
import type { Objective } from '../../../../shared/appraisal/appraisal';
import { objectiveAnchor } from '../../../../shared/appraisal/anchors';
import { DateField } from '../fields/DateField';
import { TextAreaField } from '../fields/TextAreaField';
import { TodoNote } from '../editor/TodoNote';

interface ObjectiveCardProps {
  objective: Objective;
  position: number;
  todo: readonly string[];
  warnings: readonly string[];
  onChange: (change: Partial<Objective>) => void;
  onRemove: () => void;
}

export function ObjectiveCard({
  objective,
  position,
  todo,
  warnings,
  onChange,
  onRemove,
}: ObjectiveCardProps) {
  const titleId = useId();
  const anchor = objectiveAnchor(objective.id);
  return (
    <section id={anchor} tabIndex={-1} className="objective-card" aria-labelledby={titleId}>
      <div className="objective-card__header">
        <h3 id={titleId} className="objective-card__title">
          New objective {position}
        </h3>
        {objective.carriedFromId !== null && (
          <span className="tag">Carried forward from the last appraisal</span>
        )}
      </div>
      <TodoNote messages={todo} />
      <TextAreaField
        id={`${anchor}-what`}
        label="What is the objective?"
        hint="Specific and achievable: what they will do or be able to do."
        rows={2}
        value={objective.what}
        onChange={(what) => onChange({ what })}
      />
      <TextAreaField
        id={`${anchor}-measure`}
        label="How will progress be measured?"
        hint="What you will both look at to know it is done, for example audit results or feedback."
        rows={2}
        value={objective.measure}
        onChange={(measure) => onChange({ measure })}
      />
      <DateField
        id={`${anchor}-target`}
        label="Target date"
        value={objective.targetDate}
        warnings={warnings}
        onChange={(targetDate) => onChange({ targetDate })}
      />
      <TextAreaField
        id={`${anchor}-support`}
        label="Support needed"
        optional
        hint="Time, training, coaching or resources you will provide."
        rows={2}
        value={objective.support}
        onChange={(support) => onChange({ support })}
      />
      <button type="button" className="button button--danger-quiet button--small" onClick={onRemove}>
        Remove new objective {position}
      </button>
    </section>
  );
}
