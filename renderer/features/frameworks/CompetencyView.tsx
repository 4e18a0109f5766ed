/**
 * One competency, read-only: its title and description always visible, the level descriptors,
 * tags and development suggestions one click (or Enter) away, so a section reads as a list.
 */
import type { Competency } from '../../../shared/framework/frameworkSchema';
import { scaleLabels, scaleLevels } from '../../../shared/framework/scale';

export function CompetencyView({ competency, number }: { competency: Competency; number: number }) {
  const { cqcQualityStatements, regulations } = competency.tags;
  return (
    <li className="fw-competency">
      <details className="fw-competency__details">
        <summary className="fw-competency__summary">
          <h3 className="fw-competency__title">
            <span className="fw-competency__number">{number}.</span> {competency.title}
          </h3>
          <span className="fw-competency__description">{competency.description}</span>
        </summary>
        <div className="fw-competency__body">
          <dl className="fw-levels">
            {scaleLevels.map((level) => (
              <div key={level} className="fw-level">
                <dt className="fw-level__label">
                  {level} {scaleLabels[level]}
                </dt>
                <dd className="fw-level__text">{competency.descriptors[level]}</dd>
              </div>
            ))}
          </dl>
          <div className="fw-competency__extras">
            <div>
              <h4 className="fw-subheading">Development suggestions</h4>
              <ul className="fw-suggestions">
                {competency.developmentSuggestions.map((suggestion, index) => (
                  <li key={index}>{suggestion}</li>
                ))}
              </ul>
            </div>
            <div>
              <h4 className="fw-subheading">Evidence for inspectors</h4>
              {cqcQualityStatements.length + regulations.length === 0 ? (
                <p className="muted">Not tagged with any CQC quality statement or regulation.</p>
              ) : (
                <dl className="fw-tag-groups">
                  <TagGroup label="CQC quality statements" tags={cqcQualityStatements} />
                  <TagGroup label="Regulations" tags={regulations} regulation />
                </dl>
              )}
            </div>
          </div>
        </div>
      </details>
    </li>
  );
}

function TagGroup({
  label,
  tags,
  regulation = false,
}: {
  label: string;
  tags: readonly string[];
  regulation?: boolean;
}) {
  if (tags.length === 0) return null;
  return (
    <div className="fw-tag-group">
      <dt className="fw-tag-group__label">{label}</dt>
      {tags.map((tag) => (
        <dd key={tag} className={regulation ? 'fw-tag fw-tag--regulation' : 'fw-tag'}>
          {tag}
        </dd>
      ))}
    </div>
  );
}
