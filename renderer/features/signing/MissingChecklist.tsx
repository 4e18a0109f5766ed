/** Why signing is refused: what is still missing, each a link to the place to fix it. */
import { Link } from 'react-router';
import type { MissingItem } from '../../../shared/appraisal/readiness';
import { appraisalSteps } from '../../../shared/appraisal/steps';
import { appraisalStepPath } from '../../app/paths';

export function MissingChecklist({
  appraisalId,
  missing,
}: {
  appraisalId: string;
  missing: readonly MissingItem[];
}) {
  const groups = appraisalSteps
    .map((step) => ({ step, items: missing.filter((item) => item.step === step.id) }))
    .filter((group) => group.items.length > 0);
  return (
    <section className="checklist" aria-labelledby="not-ready-title">
      <h2 id="not-ready-title">
        This appraisal cannot be signed yet:{' '}
        {missing.length === 1 ? '1 thing is' : `${missing.length} things are`} still needed
      </h2>
      <p className="step-note">
        Each link takes you to the place to fix it. Come back here when the list is empty.
      </p>
      {groups.map(({ step, items }) => (
        <div key={step.id} className="checklist__group">
          <h3 className="checklist__step">{step.title}</h3>
          <ul className="checklist__list">
            {items.map((item, index) => (
              <li key={`${item.anchor ?? ''}-${index}`}>
                <Link
                  to={appraisalStepPath(appraisalId, item.step)}
                  state={item.anchor === undefined ? null : { focus: item.anchor }}
                >
                  {item.message}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
