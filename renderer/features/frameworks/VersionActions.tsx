/**
 * What can be done with one version, by its status. Drafts are edited, published or discarded;
 * a published or retired version is never changed, so "Edit" starts the next version instead.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import { useDatabase } from '../../app/databaseContext';
import { editDraftPath, paths } from '../../app/paths';
import { useNotify } from '../../components/noticeContext';
import {
  discardDraft,
  publishDraft,
  startNewVersion,
  returnToBuiltInFramework,
  type FrameworkVersionSummary,
} from '../../db/frameworkRepository';
import { actionError, ActionErrorNotice, type ActionError } from '../../components/actionError';
import { ConfirmActionDialog } from '../../components/ConfirmActionDialog';
import { CopyFrameworkDialog } from './CopyFrameworkDialog';
import { forgetEdits, hasKeptEdits } from './editor/keptEdits';
import { ExportButton } from './ExportButton';
import { versionName } from './frameworkLabels';

interface VersionActionsProps {
  framework: Framework;
  summary: FrameworkVersionSummary;
  versions: readonly FrameworkVersionSummary[];
}

type OpenDialog = 'copy' | 'publish' | 'discard' | 'use-built-in' | null;

export function VersionActions({ framework, summary, versions }: VersionActionsProps) {
  const db = useDatabase();
  const navigate = useNavigate();
  const notify = useNotify();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const { ref, status } = summary;
  const name = versionName(framework.name, framework.version);
  const otherDraft = versions.find(
    (v) => v.status === 'draft' && v.ref.frameworkId === ref.frameworkId && v.ref.version !== ref.version,
  );
  const nextVersion =
    Math.max(...versions.filter((v) => v.ref.frameworkId === ref.frameworkId).map((v) => v.ref.version)) + 1;
  const homeIsCurrent = versions.some((v) => v.isCurrent && v.status !== 'built-in');

  async function editAsNewVersion() {
    setError(null);
    try {
      const record = await startNewVersion(db, ref);
      const path = editDraftPath(record);
      notify(
        `Started version ${record.version} as a draft. Version ${ref.version} stays exactly as it is for the appraisals that use it.`,
        path,
      );
      void navigate(path);
    } catch (caught) {
      setError(actionError(caught, 'Something went wrong and no new version was made. Please try again.'));
    }
  }

  return (
    <div className="fw-actions">
      <div className="fw-actions__buttons">
        {status === 'draft' && (
          <>
            <Link to={editDraftPath(ref)} className="button">
              Edit draft
            </Link>
            <button type="button" className="button button--secondary" onClick={() => setDialog('publish')}>
              Publish
            </button>
          </>
        )}
        {(status === 'published' || status === 'retired') &&
          (otherDraft === undefined ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                void editAsNewVersion();
              }}
            >
              Edit as version {nextVersion}
            </button>
          ) : (
            <Link to={editDraftPath(otherDraft.ref)} className="button">
              Edit the draft (version {otherDraft.ref.version})
            </Link>
          ))}
        <button
          type="button"
          className={status === 'built-in' ? 'button' : 'button button--secondary'}
          onClick={() => setDialog('copy')}
        >
          Make a copy to edit
        </button>
        <ExportButton framework={framework} onError={setError} />
        {status === 'published' && summary.isCurrent && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setDialog('use-built-in')}
          >
            Use the built-in framework again
          </button>
        )}
        {status === 'built-in' && homeIsCurrent && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setDialog('use-built-in')}
          >
            Use this framework again for new appraisals
          </button>
        )}
        {status === 'draft' && (
          <button type="button" className="button button--danger-quiet" onClick={() => setDialog('discard')}>
            Discard draft
          </button>
        )}
      </div>
      <p className="fw-actions__explanation">{explanation(summary, nextVersion)}</p>
      {status === 'draft' && hasKeptEdits(ref) && (
        <p className="notice fw-restored">
          This draft has changes that are not saved yet. Choose &quot;Edit draft&quot; to see and save them.
        </p>
      )}
      <ActionErrorNotice error={error} />

      {dialog === 'copy' && <CopyFrameworkDialog source={framework} onClose={() => setDialog(null)} />}
      {dialog === 'publish' && (
        <ConfirmActionDialog
          title={`Publish ${name}?`}
          confirmLabel="Publish"
          onClose={() => setDialog(null)}
          action={async () => {
            await publishDraft(db, ref);
            // The manager was warned above that unsaved changes would not be published.
            forgetEdits(ref);
            notify(`Published ${name}. New appraisals will use it.`);
            setDialog(null);
          }}
        >
          <p>
            New appraisals will use this version from now on. Appraisals already started keep the version they
            began with.
          </p>
          <p>
            Once published, this version can never be changed. To change it later, you edit it as a new
            version.
          </p>
          {hasKeptEdits(ref) && (
            <p className="notice notice--error">
              This draft has changes that have not been saved yet, and they would not be published. Cancel,
              then open the draft and save them first.
            </p>
          )}
        </ConfirmActionDialog>
      )}
      {dialog === 'discard' && (
        <ConfirmActionDialog
          title={`Discard the draft ${name}?`}
          confirmLabel="Discard draft"
          danger
          onClose={() => setDialog(null)}
          action={async () => {
            await discardDraft(db, ref);
            forgetEdits(ref);
            notify(`Discarded the draft ${name}`, paths.framework);
            void navigate(paths.framework);
          }}
        >
          <p>This deletes the draft and everything written in it. It cannot be undone.</p>
          <p>Published versions and the appraisals that use them are not affected.</p>
        </ConfirmActionDialog>
      )}
      {dialog === 'use-built-in' && (
        <ConfirmActionDialog
          title="Use the built-in framework again?"
          confirmLabel="Use the built-in framework"
          onClose={() => setDialog(null)}
          action={async () => {
            await returnToBuiltInFramework(db);
            notify('New appraisals will use the built-in framework again.');
            setDialog(null);
          }}
        >
          <p>New appraisals will use the framework built into Care Appraisals.</p>
          <p>
            Your published version will be retired. Appraisals that used it keep it, and you can still view,
            copy or export it.
          </p>
        </ConfirmActionDialog>
      )}
    </div>
  );
}

function explanation(summary: FrameworkVersionSummary, nextVersion: number): string {
  switch (summary.status) {
    case 'built-in':
      return 'Built into Care Appraisals; it never changes. Make a copy to adapt it for your home.';
    case 'draft':
      return 'A draft: change it as much as you like. Appraisals use it only once you publish it.';
    case 'published':
      return `Published versions never change, so the appraisals that use them stay exactly as they were. "Edit as version ${nextVersion}" starts a new draft instead.`;
    case 'retired':
      return 'Retired: new appraisals no longer use it, and the appraisals that did keep it exactly as it was.';
  }
}
