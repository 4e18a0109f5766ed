/** One competency on the management or leadership step: descriptors, rating, evidence, N/A reason. */
import { memo, useCallback, useId } from 'react';
import type { CompetencyAssessment } from '../../../../shared/appraisal/appraisal';
import { competencyAnchor } from '../../../../shared/appraisal/anchors';
import type { Competency } from '../../../../shared/framework/frameworkSchema';
import { scaleLabel, type ScaleLevel } from '../../../../shared/framework/scale';
import { TextAreaField } from '../fields/TextAreaField';
import { TodoNote } from '../editor/TodoNote';
import { LevelPicker, type LevelChoice } from './LevelPicker';

export const emptyAssessment: CompetencyAssessment = {
  level: null,
  notApplicable: false,
  notApplicableReason: '',
  evidence: '',
};

interface CompetencyCardProps {
  competency: Competency;
  position: string;
  assessment: CompetencyAssessment | undefined;
  /** Undefined when no self-assessment is included; otherwise their level, or null if not given. */
  theirView: ScaleLevel | null | undefined;
  todo: readonly string[];
  onChange: (competencyId: string, patch: Partial<CompetencyAssessment>) => void;
}

/**
 * Memoised: a keystroke in one card's evidence re-renders that card only, not all twenty
 * descriptors of the step, so typing stays quick on a modest office PC.
 */
export const CompetencyCard = memo(CompetencyCardView, (before, after) => {
  const { todo: todoBefore, ...restBefore } = before;
  const { todo: todoAfter, ...restAfter } = after;
  return (
    todoBefore.join('\n') === todoAfter.join('\n') &&
    (Object.keys(restBefore) as (keyof typeof restBefore)[]).every(
      (key) => restBefore[key] === restAfter[key],
    )
  );
});

function CompetencyCardView({
  competency,
  position,
  assessment,
  theirView,
  todo,
  onChange: onChangeFor,
}: CompetencyCardProps) {
  // Stable, so a keystroke in the evidence leaves the rating's radios alone (re-rendered, React
  // set each radio's name and type again on every key).
  const onChange = useCallback(
    (patch: Partial<CompetencyAssessment>) => onChangeFor(competency.id, patch),
    [onChangeFor, competency.id],
  );
  const titleId = useId();
  const anchor = competencyAnchor(competency.id);
  const current = assessment ?? emptyAssessment;
  const choice: LevelChoice | null = current.notApplicable ? 'not-applicable' : current.level;

  const choose = useCallback(
    (next: LevelChoice) =>
      onChange(
        next === 'not-applicable'
          ? { notApplicable: true, level: null }
          : { notApplicable: false, level: next },
      ),
    [onChange],
  );

  return (
    <section id={anchor} tabIndex={-1} className="competency-card" aria-labelledby={titleId}>
      <div className="competency-card__header">
        <h3 id={titleId} className="competency-card__title">
          <span className="competency-card__position">{position}</span> {competency.title}
        </h3>
        {theirView !== undefined && (
          <p className="their-view">
            Their view:{' '}
            <strong>{theirView === null ? 'not given' : `${theirView} ${scaleLabel(theirView)}`}</strong>
          </p>
        )}
      </div>
      <p className="competency-card__description">{competency.description}</p>
      <TodoNote messages={todo} />
      <LevelPicker competency={competency} value={choice} theirView={theirView ?? null} onChange={choose} />
      {current.notApplicable && (
        <TextAreaField
          id={`${anchor}-reason`}
          label="Why does this not apply to their role?"
          hint="Needed before signing, for example: “They work nights only and do not allocate tasks.”"
          rows={2}
          value={current.notApplicableReason}
          onChange={(notApplicableReason) => onChange({ notApplicableReason })}
        />
      )}
      <TextAreaField
        id={`${anchor}-evidence`}
        label="Evidence"
        hint="What you have seen, been told or read that supports this rating. Needed for level 1 or 4; useful for every rating."
        rows={3}
        value={current.evidence}
        onChange={(evidence) => onChange({ evidence })}
      />
    </section>
  );
}
