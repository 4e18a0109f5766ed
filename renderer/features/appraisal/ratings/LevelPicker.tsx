/**
 * The manager's rating of one competency: the four levels, each showing its label and its
 * behaviour descriptor so they are read while choosing, plus "Not applicable to this role".
 * A native radio group: Tab enters it, arrow keys move and choose.
 */
import { memo } from 'react';
import type { Competency } from '../../../../shared/framework/frameworkSchema';
import {
  notApplicableLabel,
  scaleLabel,
  scaleLevels,
  type ScaleLevel,
} from '../../../../shared/framework/scale';

export type LevelChoice = ScaleLevel | 'not-applicable';

interface LevelPickerProps {
  competency: Competency;
  value: LevelChoice | null;
  /** The appraisee's own level from the self-assessment, marked on its option. */
  theirView: ScaleLevel | null;
  onChange: (choice: LevelChoice) => void;
}

/** Memoised: typing in the card's evidence does not draw the rating again. */
export const LevelPicker = memo(function LevelPicker({
  competency,
  value,
  theirView,
  onChange,
}: LevelPickerProps) {
  const name = `level-${competency.id}`;
  return (
    <fieldset className="level-picker">
      <legend className="level-picker__legend">Your rating</legend>
      {scaleLevels.map((level) => {
        const titleId = `${name}-${level}-title`;
        const descriptorId = `${name}-${level}-descriptor`;
        return (
          <label key={level} className="level-option">
            <input
              type="radio"
              className="level-option__input"
              name={name}
              value={level}
              checked={value === level}
              aria-labelledby={titleId}
              aria-describedby={descriptorId}
              onChange={() => onChange(level)}
            />
            <span className="level-option__body">
              <span className="level-option__heading">
                <span id={titleId} className="level-option__title">
                  {level} {scaleLabel(level)}
                </span>
                {theirView === level && <span className="tag tag--their-view">Their view</span>}
              </span>
              <span id={descriptorId} className="level-option__descriptor">
                {competency.descriptors[level]}
              </span>
            </span>
          </label>
        );
      })}
      <label className="level-option level-option--not-applicable">
        <input
          type="radio"
          className="level-option__input"
          name={name}
          value="not-applicable"
          checked={value === 'not-applicable'}
          onChange={() => onChange('not-applicable')}
        />
        <span className="level-option__body">
          <span className="level-option__title">{notApplicableLabel}</span>
        </span>
      </label>
    </fieldset>
  );
});
