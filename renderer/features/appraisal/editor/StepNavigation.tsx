/** Back and Next at the foot of each step, naming where they go. */
import type { AppraisalStepId } from '../../../../shared/appraisal/appraisal';
import { appraisalSteps } from '../../../../shared/appraisal/steps';

interface StepNavigationProps {
  current: AppraisalStepId;
  onGo: (step: AppraisalStepId) => void;
}

export function StepNavigation({ current, onGo }: StepNavigationProps) {
  const index = appraisalSteps.findIndex((s) => s.id === current);
  const previous = appraisalSteps[index - 1];
  const next = appraisalSteps[index + 1];
  return (
    <nav className="step-nav" aria-label="Previous and next step">
      {previous !== undefined && (
        <button
          type="button"
          className="button button--secondary step-nav__back"
          onClick={() => onGo(previous.id)}
        >
          <span aria-hidden="true">←</span>
          <span>Back: {previous.title}</span>
        </button>
      )}
      {next !== undefined && (
        <button type="button" className="button step-nav__next" onClick={() => onGo(next.id)}>
          <span>Next: {next.title}</span>
          <span aria-hidden="true">→</span>
        </button>
      )}
    </nav>
  );
}
