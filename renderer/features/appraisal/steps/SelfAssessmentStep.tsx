/**
 * The optional self-assessment: the member of staff's own level for each competency, from
 * their paper form or agreed in the meeting. Shown beside the manager's ratings when included.
 */
import type { SelfAssessment } from '../../../../shared/appraisal/appraisal';
import type { StepProps } from '../editor/stepProps';
import { SelfLevelRow } from '../ratings/SelfLevelRow';

const sources = [
  { value: 'paper-form', label: 'From their paper self-assessment form' },
  { value: 'in-meeting', label: 'Together, in the meeting' },
] as const satisfies readonly { value: SelfAssessment['source']; label: string }[];

export function SelfAssessmentStep({ draft, update, framework }: StepProps) {
  const self = draft.selfAssessment;
  const setSelf = (change: Partial<SelfAssessment>) =>
    update((a) => ({ ...a, selfAssessment: { ...a.selfAssessment, ...change } }));

  return (
    <>
      <p className="step-intro">
        If the member of staff rated themselves, record their levels here. They are shown beside your ratings
        on the next two steps, and on the profile as &ldquo;Their view&rdquo;. If they did not, go straight
        on.
      </p>
      <div className="switch-field">
        <input
          id="self-included"
          type="checkbox"
          role="switch"
          className="switch-field__input"
          checked={self.included}
          onChange={(event) => setSelf({ included: event.target.checked })}
        />
        <label htmlFor="self-included" className="switch-field__label">
          The member of staff completed a self-assessment
        </label>
      </div>
      {!self.included && (
        <p className="step-note">
          Switched off: nothing from a self-assessment is shown or kept in the signed record. Any levels
          entered earlier are remembered in case you switch it back on.
        </p>
      )}
      {self.included && (
        <>
          <fieldset className="step-group">
            <legend className="step-group__legend">How was it done?</legend>
            <div className="radio-list">
              {sources.map((source) => (
                <label key={source.value} className="radio-list__item">
                  <input
                    type="radio"
                    name="self-source"
                    value={source.value}
                    checked={self.source === source.value}
                    onChange={() => setSelf({ source: source.value })}
                  />{' '}
                  {source.label}
                </label>
              ))}
            </div>
          </fieldset>
          {framework.sections.map((section) => (
            <section key={section.id} className="self-section" aria-labelledby={`self-${section.id}`}>
              <h3 id={`self-${section.id}`}>{section.title}</h3>
              <p className="step-note">
                Their own level for each. Leave any they did not rate as &ldquo;Not given&rdquo;.
              </p>
              {section.competencies.map((competency) => (
                <SelfLevelRow
                  key={competency.id}
                  competency={competency}
                  level={self.levels[competency.id] ?? null}
                  onChange={(level) =>
                    update((a) => ({
                      ...a,
                      selfAssessment: {
                        ...a.selfAssessment,
                        levels: { ...a.selfAssessment.levels, [competency.id]: level },
                      },
                    }))
                  }
                />
              ))}
            </section>
          ))}
        </>
      )}
    </>
  );
}
