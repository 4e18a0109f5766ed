/**
 * Opens one appraisal at the step in the address (or, with no step, where it was left) and
 * hands it to the editor. The store is read live, but the editor takes its copy only once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, Navigate, useParams } from 'react-router';
import { defaultAppraisalIntervalMonths } from '../../../../shared/settings/homeSettings';
import { useDatabase } from '../../../app/databaseContext';
import { PageHeading } from '../../../components/PageHeading';
import { getAppraisal } from '../../../db/appraisalRepository';
import { getFrameworkVersion } from '../../../db/frameworkRepository';
import { getSettings } from '../../../db/settingsRepository';
import { appraisalDocumentPath, appraisalStepPath, isAppraisalStepId, paths } from '../../../app/paths';
import { AppraisalEditor } from './AppraisalEditor';

export function AppraisalEditorPage() {
  const { appraisalId = '', step } = useParams();
  const db = useDatabase();
  const loaded = useLiveQuery(async () => {
    const appraisal = await getAppraisal(db, appraisalId);
    if (appraisal === undefined) return { kind: 'missing' } as const;
    const framework = await getFrameworkVersion(db, appraisal.framework);
    const settings = await getSettings(db);
    const intervalMonths = settings?.appraisalIntervalMonths ?? defaultAppraisalIntervalMonths;
    return { kind: 'found', appraisal, framework, intervalMonths } as const;
  }, [db, appraisalId]);

  if (loaded === undefined) return null;
  if (loaded.kind === 'missing') {
    return (
      <Problem title="Appraisal not found">
        This appraisal is not on this computer. If it was a draft, it may have been discarded.
      </Problem>
    );
  }
  const { appraisal, framework, intervalMonths } = loaded;
  if (framework === null) {
    return (
      <Problem title="This appraisal cannot be opened">
        It uses framework version {appraisal.framework.version} of &ldquo;{appraisal.framework.frameworkId}
        &rdquo;, which is not on this computer. Restore a backup that includes it, then try again.
      </Problem>
    );
  }
  if (appraisal.status !== 'draft') {
    return (
      <>
        <PageHeading title={`${appraisal.header.staffName}: signed appraisal`} />
        <div className="locked-banner" role="note">
          <p className="locked-banner__title">
            {appraisal.status === 'superseded'
              ? 'This version was replaced by an amendment and is kept exactly as it was signed.'
              : 'This appraisal is signed and sealed, so it cannot be changed.'}
          </p>
          <p>
            Any correction is made as an amendment: a new version that names this one. Start one from the
            signed document.
          </p>
          <Link to={appraisalDocumentPath(appraisal.id)} className="button">
            Open the signed document
          </Link>
        </div>
      </>
    );
  }
  if (!isAppraisalStepId(step)) {
    return <Navigate to={appraisalStepPath(appraisal.id, appraisal.currentStep)} replace />;
  }
  return (
    <AppraisalEditor
      // A new editor when signing changes, so it never carries edits across a signature.
      key={`${appraisal.id}:${appraisal.signatures.appraisee === null ? 'open' : 'signed'}`}
      stored={appraisal}
      framework={framework}
      intervalMonths={intervalMonths}
      step={step}
      locked={appraisal.signatures.appraisee !== null}
    />
  );
}

function Problem({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <>
      <PageHeading title={title} />
      <p>{children}</p>
      <p>
        <Link to={paths.appraisals}>Back to Appraisals</Link>
      </p>
    </>
  );
}
