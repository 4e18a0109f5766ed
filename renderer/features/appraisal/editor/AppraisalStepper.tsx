/**
 * The overview of all the steps: the framework version the appraisal uses, where the manager
 * is, what is complete, what is missing and what is optional. Every step is a link, so any step
 * can be reached directly, in any order.
 */
import { memo } from 'react';
import { Link } from 'react-router';
import type { AppraisalStepId } from '../../../../shared/appraisal/appraisal';
import type { StepProgress } from '../../../../shared/appraisal/readiness';
import { appraisalSteps } from '../../../../shared/appraisal/steps';
import { appraisalStepPath } from '../../../app/paths';
import './stepper.css';

interface AppraisalStepperProps {
  appraisalId: string;
  /** The pinned framework's name and version, e.g. "Care Appraisals core framework, version 1". */
  frameworkLabel: string;
  current: AppraisalStepId;
  progress: Record<AppraisalStepId, StepProgress>;
  /** A fingerprint of `progress`: the overview re-renders only when it changes. */
  progressKey: string;
}

function stateText(step: AppraisalStepId, { state, missing }: StepProgress): string {
  if (state === 'optional') return 'Optional';
  if (state === 'complete') return step === 'ready' ? 'Ready' : 'Complete';
  if (step === 'ready') return missing === 1 ? '1 thing to do' : `${missing} things to do`;
  return `${missing} missing`;
}

export const AppraisalStepper = memo(
  AppraisalStepperView,
  (before, after) =>
    before.appraisalId === after.appraisalId &&
    before.frameworkLabel === after.frameworkLabel &&
    before.current === after.current &&
    before.progressKey === after.progressKey,
);

function AppraisalStepperView({ appraisalId, frameworkLabel, current, progress }: AppraisalStepperProps) {
  const done = appraisalSteps.filter((s) => progress[s.id].state !== 'incomplete').length;
  return (
    <nav className="stepper" aria-labelledby="stepper-title">
      <h2 id="stepper-title" className="stepper__title">
        Steps{' '}
        <span className="stepper__count">
          {done} of {appraisalSteps.length} complete
        </span>
      </h2>
      <p className="stepper__framework">Framework: {frameworkLabel}</p>
      <ol className="stepper__list">
        {appraisalSteps.map((step, index) => {
          const stepProgress = progress[step.id];
          return (
            <li key={step.id} className={`stepper__item stepper__item--${stepProgress.state}`}>
              <Link
                to={appraisalStepPath(appraisalId, step.id)}
                className="stepper__link"
                aria-current={step.id === current ? 'step' : undefined}
              >
                <span className="stepper__marker" aria-hidden="true">
                  {stepProgress.state === 'complete' ? '✓' : index + 1}
                </span>
                <span className="stepper__text">
                  <span className="stepper__name">{step.title}</span>
                  <span className="stepper__state">{stateText(step.id, stepProgress)}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
