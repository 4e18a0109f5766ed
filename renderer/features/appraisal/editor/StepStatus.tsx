/**
 * At the top of each step: what is still to do here (from the ready-to-sign checklist), as a
 * list of links that move to each item. Shown, never enforced: the manager can move on.
 */
import type { AppraisalStepId } from '../../../../shared/appraisal/appraisal';
import type { MissingItem, StepProgress } from '../../../../shared/appraisal/readiness';

interface StepStatusProps {
  step: AppraisalStepId;
  progress: StepProgress;
  missing: readonly MissingItem[];
  onJump: (item: MissingItem) => void;
}

export function StepStatus({ step, progress, missing, onJump }: StepStatusProps) {
  // The last step is itself the checklist.
  if (step === 'ready') return null;
  if (progress.state === 'optional')
    return <p className="step-status step-status--optional">This step is optional.</p>;
  if (progress.state === 'complete') {
    return <p className="step-status step-status--complete">Everything needed on this step is done.</p>;
  }
  const items = missing.filter((item) => item.step === step);
  return (
    <details className="step-status step-status--incomplete">
      <summary>
        {items.length === 1 ? '1 thing' : `${items.length} things`} still to do on this step
        <span className="step-status__aside"> (you can come back to them)</span>
      </summary>
      <ul className="step-status__list">
        {items.map((item, index) => (
          <li key={`${item.anchor ?? ''}-${index}`}>
            <a
              href={`#${item.anchor ?? ''}`}
              onClick={(event) => {
                event.preventDefault();
                onJump(item);
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
