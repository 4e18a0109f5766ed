/** The appraisee's own level for one competency: a compact radio group, 1 to 4 or not given. */
import type { Competency } from '../../../../shared/framework/frameworkSchema';
import { scaleLabel, scaleLevels, type ScaleLevel } from '../../../../shared/framework/scale';

interface SelfLevelRowProps {
  competency: Competency;
  level: ScaleLevel | null;
  onChange: (level: ScaleLevel | null) => void;
}

export function SelfLevelRow({ competency, level, onChange }: SelfLevelRowProps) {
  const name = `self-${competency.id}`;
  return (
    <fieldset className="self-row">
      <legend className="self-row__legend">
        <span className="self-row__title">{competency.title}</span>
        <span className="self-row__description">{competency.description}</span>
      </legend>
      <div className="self-row__options">
        {scaleLevels.map((option) => (
          <label key={option} className="self-row__option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={level === option}
              onChange={() => onChange(option)}
            />
            <span>
              {option} {scaleLabel(option)}
            </span>
          </label>
        ))}
        <label className="self-row__option self-row__option--none">
          <input type="radio" name={name} value="" checked={level === null} onChange={() => onChange(null)} />
          <span>Not given</span>
        </label>
      </div>
    </fieldset>
  );
}
