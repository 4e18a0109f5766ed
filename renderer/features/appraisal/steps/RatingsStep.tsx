/** Management tasks or leadership behaviours: every competency of the section, one card each. */
import { useCallback } from 'react';
import type { CompetencyAssessment } from '../../../../shared/appraisal/appraisal';
import { competencyAnchor } from '../../../../shared/appraisal/anchors';
import type { SectionId } from '../../../../shared/framework/frameworkSchema';
import { missingFor, type StepProps } from '../editor/stepProps';
import { CompetencyCard, emptyAssessment } from '../ratings/CompetencyCard';

function isStarted(assessment: CompetencyAssessment | undefined): boolean {
  return assessment !== undefined && (assessment.notApplicable || assessment.level !== null);
}

export function RatingsStep({
  section,
  draft,
  update,
  framework,
  missing,
}: StepProps & { section: SectionId }) {
  const { competencies, summary } = framework.sections[section === 'management' ? 0 : 1];
  const self = draft.selfAssessment;
  const rated = competencies.filter((c) => isStarted(draft.ratings[c.id])).length;

  // Stable, so the memoised cards do not re-render for each other's keystrokes.
  const patch = useCallback(
    (competencyId: string, change: Partial<CompetencyAssessment>) =>
      update((a) => ({
        ...a,
        ratings: {
          ...a.ratings,
          [competencyId]: { ...(a.ratings[competencyId] ?? emptyAssessment), ...change },
        },
      })),
    [update],
  );

  return (
    <>
      <p className="step-intro">{summary}</p>
      <p>
        <strong>
          {rated} of {competencies.length} rated or marked not applicable.
        </strong>
        {self.included && ' Their own view, from the self-assessment, is shown beside each one.'}
      </p>
      {competencies.map((competency, index) => (
        <CompetencyCard
          key={competency.id}
          competency={competency}
          position={`${index + 1} of ${competencies.length}`}
          assessment={draft.ratings[competency.id]}
          theirView={self.included ? (self.levels[competency.id] ?? null) : undefined}
          // An unrated card needs no note (the step asks for ratings); a half-done one says what is left.
          todo={
            isStarted(draft.ratings[competency.id])
              ? missingFor(missing, competencyAnchor(competency.id))
              : []
          }
          onChange={patch}
        />
      ))}
    </>
  );
}
