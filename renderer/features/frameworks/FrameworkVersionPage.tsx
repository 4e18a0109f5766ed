/** One version, read-only: its facts, what can be done with it, and every competency. */
import { Link, useParams } from 'react-router';
import { paths, refFromParams } from '../../app/paths';
import { PageHeading } from '../../components/PageHeading';
import { FrameworkFacts } from './FrameworkFacts';
import { FrameworkSections } from './FrameworkSections';
import { NotFound } from './NotFound';
import { useFrameworkVersion, useFrameworkVersions } from './useFrameworks';
import { VersionActions } from './VersionActions';

export function FrameworkVersionPage() {
  const ref = refFromParams(useParams());
  const shown = useFrameworkVersion(ref);
  const versions = useFrameworkVersions();
  if (shown === undefined || versions === undefined) return null;
  const summary =
    ref === null
      ? undefined
      : versions.find((v) => v.ref.frameworkId === ref.frameworkId && v.ref.version === ref.version);
  if (shown === null || summary === undefined) return <NotFound />;
  const { framework } = shown;
  return (
    <>
      <p className="fw-breadcrumb">
        <Link to={paths.framework}>Framework</Link>
      </p>
      <PageHeading title={`${framework.name}, version ${framework.version}`}>
        <span className="page-heading__context">Version {framework.version}</span> {framework.name}
      </PageHeading>
      <VersionActions framework={framework} summary={summary} versions={versions} />
      <FrameworkFacts framework={framework} summary={summary} versions={versions} />
      <FrameworkSections framework={framework} />
    </>
  );
}
