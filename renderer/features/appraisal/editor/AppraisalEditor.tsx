/**
 * The guided appraisal: who it is about, the steps with their progress, the current step's
 * form, Back/Next, and the save status. The draft lives here while the manager works and is
 * autosaved; moving to another step saves at once.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Appraisal, AppraisalStepId } from '../../../../shared/appraisal/appraisal';
import { findMissing, stepProgress } from '../../../../shared/appraisal/readiness';
import { appraisalStep, appraisalSteps } from '../../../../shared/appraisal/steps';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import { todayIso } from '../../../components/today';
import { appraisalStepPath, signAppraisalPath } from '../../../app/paths';
import { frameworkLabel } from '../../../components/frameworkLabel';
import { LockedBanner } from './LockedBanner';
import { AppraisalStepper } from './AppraisalStepper';
import { SaveStatus } from './SaveStatus';
import { StepContent } from './StepContent';
import { StepNavigation } from './StepNavigation';
import { StepStatus } from './StepStatus';
import { readJournal } from '../../../db/unsavedJournal';
import { useDraftEditor } from './useDraftEditor';

interface AppraisalEditorProps {
  /** The draft as stored when the screen opened; read once, never again. */
  stored: Appraisal;
  framework: Framework;
  intervalMonths: number;
  step: AppraisalStepId;
  /** The appraisee has signed: every step is shown without inputs until the signature is removed. */
  locked: boolean;
}

/** Where a checklist link asked to land, carried in the navigation state. */
function focusTargetOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('focus' in state)) return null;
  return typeof state.focus === 'string' ? state.focus : null;
}

export function AppraisalEditor({ stored, framework, intervalMonths, step, locked }: AppraisalEditorProps) {
  // A last-moment copy from a reload or crash holds the newest words; it wins over the store.
  const [start] = useState(() => {
    // A signed record is shown as stored: a last-moment copy could not be saved into it anyway.
    const journal = locked ? null : readJournal(stored.id);
    return journal === null ? { draft: stored, recovered: false } : { draft: journal, recovered: true };
  });
  const { draft, update, saveState, enterStep, flush } = useDraftEditor(start.draft, start.recovered, locked);
  const navigate = useNavigate();
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepMeta = appraisalStep(step);
  const stepNumber = appraisalSteps.findIndex((s) => s.id === step) + 1;

  const missing = useMemo(() => findMissing(draft, framework), [draft, framework]);
  const progress = useMemo(() => stepProgress(draft, framework), [draft, framework]);
  // The overview only changes when a step's state does, not with every keystroke.
  const progressKey = JSON.stringify(progress);

  useEffect(() => {
    enterStep(step);
  }, [enterStep, step]);

  useEffect(() => {
    document.title = `${stepMeta.title}: ${draft.header.staffName} – Care Appraisals`;
  }, [stepMeta.title, draft.header.staffName]);

  // On every arrival (a step link, Back/Next, a checklist link): focus where the manager should start.
  const focusTarget = focusTargetOf(location.state);
  useEffect(() => {
    const target = focusTarget === null ? null : document.getElementById(focusTarget);
    if (target !== null) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center' });
      return;
    }
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [step, location.key, focusTarget]);

  const goTo = useCallback(
    (to: AppraisalStepId, anchor?: string) => {
      void navigate(appraisalStepPath(stored.id, to), {
        state: anchor === undefined ? null : { focus: anchor },
      });
    },
    [navigate, stored.id],
  );

  const goToSigning = useCallback(() => {
    // Everything typed is stored before the signing screen reads the record.
    // A failed save keeps the manager here, where the error says why.
    void flush().then((saved) => (saved ? navigate(signAppraisalPath(stored.id)) : undefined));
  }, [flush, navigate, stored.id]);

  const { header } = draft;
  return (
    <div className="appraisal">
      <div className="appraisal__header">
        <div>
          <p className="page-heading__context">Appraisal</p>
          <h1 className="page-heading appraisal__person">{header.staffName}</h1>
          <p className="appraisal__role">
            {header.roleAtTime}
            {header.teamAtTime !== '' && ` · ${header.teamAtTime}`}
          </p>
        </div>
        {!locked && <SaveStatus state={saveState} />}
      </div>
      {saveState.kind === 'failed' && (
        <p role="alert" className="notice notice--error save-error">
          {saveState.message}
        </p>
      )}
      <div className="appraisal__body">
        <AppraisalStepper
          appraisalId={stored.id}
          frameworkLabel={frameworkLabel(framework)}
          current={step}
          progress={progress}
          progressKey={progressKey}
        />
        <div className="appraisal__step">
          <h2 ref={headingRef} tabIndex={-1} className="step-heading">
            <span className="step-heading__number">
              Step {stepNumber} of {appraisalSteps.length}
            </span>{' '}
            {stepMeta.title}
          </h2>
          <StepStatus
            step={step}
            progress={progress[step]}
            missing={missing}
            onJump={(item) => goTo(item.step, item.anchor)}
          />
          {locked && <LockedBanner appraisal={stored} />}
          <fieldset disabled={locked} className="step-fieldset">
            <StepContent
              step={step}
              draft={draft}
              update={update}
              framework={framework}
              context={{ today: todayIso(), intervalMonths }}
              missing={missing}
              goTo={goTo}
              goToSigning={goToSigning}
              locked={locked}
            />
          </fieldset>
          <StepNavigation current={step} onGo={(to) => goTo(to)} />
        </div>
      </div>
    </div>
  );
}
