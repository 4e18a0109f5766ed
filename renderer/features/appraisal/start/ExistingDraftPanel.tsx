/** "They already have an appraisal in progress": only one draft per person, so offer to resume it. */
import { Link } from 'react-router';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { appraisalStep } from '../../../../shared/appraisal/steps';
import { formatMomentDate } from '../../../../shared/dates';
import { resumeAppraisalPath } from '../../../app/paths';

export function ExistingDraftPanel({ draft }: { draft: Appraisal }) {
  const name = draft.header.staffName;
  return (
    <section className="warning-panel" aria-labelledby="existing-draft-title">
      <h2 id="existing-draft-title" className="warning-panel__title">
        {name} already has an appraisal in progress
      </h2>
      <p>
        It was started on {formatMomentDate(draft.createdAt)} and was left at &ldquo;
        {appraisalStep(draft.currentStep).title}&rdquo;. A person can have only one appraisal in progress at a
        time, so carry on with that one.
      </p>
      <div className="form__actions">
        <Link to={resumeAppraisalPath(draft.id)} className="button">
          Resume the appraisal of {name}
        </Link>
      </div>
    </section>
  );
}
