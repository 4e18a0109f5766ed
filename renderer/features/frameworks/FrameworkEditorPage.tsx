/** The editor's screen: only a draft can be edited; anything else says why and where to go. */
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { FrameworkEditor } from './editor/FrameworkEditor';
import { statusLabels, versionName } from './frameworkLabels';
import { refFromParams, versionPath } from '../../app/paths';
import { NotFound } from './NotFound';
import { useFrameworkVersion } from './useFrameworks';

export function FrameworkEditorPage() {
  const ref = refFromParams(useParams());
  const shown = useFrameworkVersion(ref);
  if (shown === undefined) return null;
  if (shown === null || ref === null) return <NotFound />;
  const { framework, record } = shown;
  const name = versionName(framework.name, framework.version);
  if (record?.status !== 'draft') {
    return (
      <>
        <PageHeading title={`${name} cannot be edited`} />
        <p>
          {record === null
            ? 'The built-in framework never changes. Make a copy of it to edit instead.'
            : `This version is ${statusLabels[record.status].toLowerCase()}, so it never changes: appraisals may rely on it. Edit it as a new version instead.`}
        </p>
        <p>
          <Link to={versionPath(ref)}>Back to {name}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <div className="page-header">
        <PageHeading title={`Edit ${name}`}>
          <span className="page-heading__context">Edit draft</span> {name}
        </PageHeading>
      </div>
      <p className="lead">
        Change anything below, then save the draft. It is checked when you save; nothing is saved while
        something needs fixing. Appraisals only use it once you publish it.
      </p>
      {/* A fresh editor per draft, so it starts from that draft's saved content. */}
      <FrameworkEditor key={record.id} record={record} />
    </>
  );
}
