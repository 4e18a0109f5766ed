/** The facts about one version: where it came from, its status, dates and how many appraisals use it. */
import { Link } from 'react-router';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import type { FrameworkVersionSummary } from '../../db/frameworkRepository';
import { formatMomentDate } from '../../../shared/dates';
import { appraisalCount } from './frameworkLabels';
import { versionPath } from '../../app/paths';
import { VersionStatus } from './VersionStatus';

interface FrameworkFactsProps {
  framework: Framework;
  summary: FrameworkVersionSummary;
  /** Every version, to name the one this was based on. */
  versions: readonly FrameworkVersionSummary[];
}

export function FrameworkFacts({ framework, summary, versions }: FrameworkFactsProps) {
  const basedOn = framework.basedOn;
  const source =
    basedOn === null
      ? undefined
      : versions.find((v) => v.ref.frameworkId === basedOn.frameworkId && v.ref.version === basedOn.version);
  return (
    <div className="panel fw-facts">
      <p className="fw-facts__description">{framework.description}</p>
      <dl className="details-list">
        <dt>Status</dt>
        <dd>
          <VersionStatus summary={summary} />
        </dd>
        <dt>Where it comes from</dt>
        <dd>
          {framework.origin === 'built-in' ? 'Built into Care Appraisals' : "Your home's own framework"}
          {basedOn !== null && (
            <>
              {', based on '}
              {source === undefined ? (
                `version ${basedOn.version} of "${basedOn.frameworkId}"`
              ) : (
                <Link to={versionPath(source.ref)}>
                  {source.name}, version {source.ref.version}
                </Link>
              )}
            </>
          )}
        </dd>
        <dt>Created</dt>
        <dd>{formatMomentDate(summary.createdAt)}</dd>
        {summary.publishedAt !== null && (
          <>
            <dt>Published</dt>
            <dd>{formatMomentDate(summary.publishedAt)}</dd>
          </>
        )}
        <dt>Used by</dt>
        <dd>
          {appraisalCount(summary.usedBy)}
          {summary.usedBy > 0 && (
            <span className="details-list__hint">
              This version can never change: those appraisals keep it exactly as it is.
            </span>
          )}
        </dd>
        <dt>Framework id</dt>
        <dd>
          <code>{framework.frameworkId}</code>
        </dd>
      </dl>
    </div>
  );
}
