/** One action in the development plan, accepted from a suggestion or written freely. */
import { useId } from 'react';
import {
  developmentAreas,
  type DevelopmentArea,
  type DevelopmentItem,
} from '../../../../shared/appraisal/appraisal';
import { developmentItemAnchor } from '../../../../shared/appraisal/anchors';
import { FormField } from '../../../components/FormField';
import { DateField } from '../fields/DateField';
import { TextAreaField } from '../fields/TextAreaField';
import { TodoNote } from '../editor/TodoNote';

const areaLabels = {
  management: 'Management',
  leadership: 'Leadership',
  other: 'Other',
} as const satisfies Record<DevelopmentArea, string>;

function isArea(value: string): value is DevelopmentArea {
  return developmentAreas.some((area) => area === value);
}

interface DevelopmentItemCardProps {
  item: DevelopmentItem;
  position: number;
  /** The competency a suggestion came from, for the heading. */
  sourceTitle: string | null;
  todo: readonly string[];
  onChange: (change: Partial<DevelopmentItem>) => void;
  onRemove: () => void;
}

export function DevelopmentItemCard({
  item,
  position,
  sourceTitle,
  todo,
  onChange,
  onRemove,
}: DevelopmentItemCardProps) {
  const titleId = useId();
  const anchor = developmentItemAnchor(item.id);
  return (
    <section id={anchor} tabIndex={-1} className="plan-item" aria-labelledby={titleId}>
      <div className="plan-item__header">
        <h4 id={titleId} className="plan-item__title">
          Action {position}
        </h4>
        {sourceTitle !== null && <span className="tag">From: {sourceTitle}</span>}
      </div>
      <TodoNote messages={todo} />
      <FormField id={`${anchor}-area`} label="Area">
        {(a11y) => (
          <select
            {...a11y}
            className="input input--short-select"
            value={item.area}
            onChange={(event) => {
              if (isArea(event.target.value)) onChange({ area: event.target.value });
            }}
          >
            {developmentAreas.map((area) => (
              <option key={area} value={area}>
                {areaLabels[area]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <TextAreaField
        id={`${anchor}-action`}
        label="Action"
        rows={2}
        value={item.action}
        onChange={(action) => onChange({ action })}
      />
      <TextAreaField
        id={`${anchor}-training`}
        label="Training or support needed"
        optional
        hint="A course, shadowing someone, protected time, a mentor."
        rows={2}
        value={item.trainingNeed}
        onChange={(trainingNeed) => onChange({ trainingNeed })}
      />
      <DateField
        id={`${anchor}-by-when`}
        label="By when"
        optional
        value={item.byWhen}
        onChange={(byWhen) => onChange({ byWhen })}
      />
      <button type="button" className="button button--danger-quiet button--small" onClick={onRemove}>
        Remove action {position}
      </button>
    </section>
  );
}
