/**
 * The problems that stop a draft being saved, at the top of the editor. It takes focus when a
 * save is refused; each problem links to its field. It updates as the manager fixes things.
 */
import { useEffect, useRef } from 'react';
import { maxProblemsReported } from '../../../../shared/framework/frameworkValidation';
import type { DraftProblem } from './draftProblems';

interface DraftProblemSummaryProps {
  problems: readonly DraftProblem[];
  /** Changes each time a save is refused, to move focus here again. */
  refusedCount: number;
  onGoTo: (problem: DraftProblem) => void;
}

export function DraftProblemSummary({ problems, refusedCount, onGoTo }: DraftProblemSummaryProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (refusedCount > 0) headingRef.current?.focus();
  }, [refusedCount]);

  if (problems.length === 0) return null;
  const shown = problems.slice(0, maxProblemsReported);
  const hidden = problems.length - shown.length;
  return (
    <div className="error-summary" aria-labelledby="draft-problems-title">
      <h2 id="draft-problems-title" ref={headingRef} tabIndex={-1} className="error-summary__title">
        {problems.length === 1 ? 'There is a problem' : `There are ${problems.length} problems`}
      </h2>
      <p className="error-summary__intro">
        The draft has not been saved yet. What you typed is kept on this computer until you save it. Please
        check:
      </p>
      <ul className="error-summary__list">
        {shown.map((problem, index) => (
          <li key={index}>
            {problem.fieldId === null ? (
              problem.sentence
            ) : (
              // The hash router owns the URL fragment, so the link moves focus itself.
              <a
                href={`#${problem.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  onGoTo(problem);
                }}
              >
                {problem.sentence}
              </a>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p className="error-summary__intro">
          …and {hidden} more {hidden === 1 ? 'problem' : 'problems'}. Fix these first.
        </p>
      )}
    </div>
  );
}
