/**
 * Ready to sign: the framework version the appraisal uses, for an amendment what it changes
 * from the signed version it replaces, when the next appraisal is due, and the checklist of
 * everything still missing, each item a link to the place to fix it; once it is empty, the way
 * to the signatures.
 */
import { stepAnchors } from '../../../../shared/appraisal/anchors';
import { defaultNextDueDate } from '../../../../shared/appraisal/nextDue';
import { appraisalSteps } from '../../../../shared/appraisal/steps';
import { Link } from 'react-router';
import { signAppraisalPath } from '../../../app/paths';
import { AmendmentChanges } from '../../../components/AmendmentChanges';
import { DateField } from '../fields/DateField';
import type { StepProps } from '../editor/stepProps';

export function ReadyStep({
  draft,
  update,
  framework,
  missing,
  goTo,
  goToSigning,
  locked,
  context,
}: StepProps) {
  const suggested = defaultNextDueDate(draft.header.meetingDate, context.intervalMonths);
  const groups = appraisalSteps
    .map((step) => ({ step, items: missing.filter((item) => item.step === step.id) }))
    .filter((group) => group.items.length > 0);

  return (
    <>
      <p className="step-note">
        <strong>Framework:</strong> {framework.name}, version {framework.version}
      </p>
      <AmendmentChanges appraisal={draft} framework={framework} headingLevel={3} />
      <DateField
        id={stepAnchors.nextDueDate}
        label="Next appraisal due"
        hint={
          suggested === ''
            ? 'Enter the meeting date on the first step and this is filled in for you.'
            : `Your home appraises every ${context.intervalMonths} months, so the suggestion is ${context.intervalMonths} months after the meeting. Choose an earlier date if you agreed to meet sooner.`
        }
        value={draft.nextDueDate}
        onChange={(nextDueDate) => update((a) => ({ ...a, nextDueDate }))}
      />

      {missing.length === 0 ? (
        <div className="ready-done" tabIndex={-1} id="ready-checklist">
          <h3 className="ready-done__title">Everything is complete. Signing comes next.</h3>
          <p>
            {draft.header.staffName} signs first, then you countersign: on screen, by typing the name, or on
            paper. Once {draft.header.staffName} signs, the appraisal can no longer be changed (unless the
            signature is removed); your countersignature seals it for good.
          </p>
          {locked ? (
            <Link to={signAppraisalPath(draft.id)} className="button">
              Go to signatures
            </Link>
          ) : (
            <button type="button" className="button" onClick={goToSigning}>
              Go to signatures
            </button>
          )}
        </div>
      ) : (
        <section id="ready-checklist" className="checklist" aria-labelledby="checklist-title">
          <h3 id="checklist-title">
            {missing.length === 1 ? '1 thing is' : `${missing.length} things are`} still needed before signing
          </h3>
          <p className="step-note">
            Each link takes you to the place to fix it. Nothing here stops you moving between steps.
          </p>
          {groups.map(({ step, items }) => (
            <div key={step.id} className="checklist__group">
              <h4 className="checklist__step">{step.title}</h4>
              <ul className="checklist__list">
                {items.map((item, index) => (
                  <li key={`${item.anchor ?? ''}-${index}`}>
                    <a
                      href={`#${item.anchor ?? ''}`}
                      onClick={(event) => {
                        // The hash router owns the URL fragment, so the link moves itself.
                        event.preventDefault();
                        goTo(item.step, item.anchor);
                      }}
                    >
                      {item.message}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </>
  );
}
