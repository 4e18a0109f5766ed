/**
 * The framework screen: which framework new appraisals use, every version on this computer,
 * importing a file, and the current framework in full.
 */
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { FrameworkSections } from './FrameworkSections';
import { versionName } from './frameworkLabels';
import { versionPath } from '../../app/paths';
import { ImportFramework } from './ImportFramework';
import { useFrameworkVersion, useFrameworkVersions } from './useFrameworks';
import { VersionActions } from './VersionActions';
import { VersionsTable } from './VersionsTable';

export function FrameworkPage() {
  const versions = useFrameworkVersions();
  const current = versions?.find((v) => v.isCurrent);
  const shown = useFrameworkVersion(current?.ref ?? null);
  if (versions === undefined || current === undefined || shown === undefined || shown === null) {
    return <PageHeading title="Framework" />;
  }
  const { framework } = shown;
  return (
    <>
      <PageHeading title="Framework" />
      <p className="lead">
        The management tasks and leadership behaviours every appraisal rates. New appraisals use{' '}
        <Link to={versionPath(current.ref)}>{versionName(framework.name, framework.version)}</Link>
        {framework.origin === 'built-in' ? ', built into Care Appraisals' : ", your home's own"}. An appraisal
        keeps the version it started with, even if you publish a new one.
      </p>

      <h2>Versions</h2>
      <VersionsTable versions={versions} />
      <ImportFramework />

      <div className="fw-current">
        <h2 className="fw-current__title">
          <span className="page-heading__context">In use for new appraisals</span>
          {versionName(framework.name, framework.version)}
        </h2>
        <VersionActions framework={framework} summary={current} versions={versions} />
        <p className="fw-facts__description">{framework.description}</p>
      </div>
      <FrameworkSections framework={framework} />
    </>
  );
}
