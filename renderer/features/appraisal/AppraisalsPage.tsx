/** Appraisals: the drafts in progress, and where a new appraisal is started. */
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { startAppraisalPath } from './appraisalPaths';
import { DiscardDraftDialog } from './drafts/DiscardDraftDialog';
import { DraftsTable } from './drafts/DraftsTable';
import { useDraftRows, type DraftRow } from './drafts/useDraftRows';

export function AppraisalsPage() {
  const rows = useDraftRows();
  const [discarding, setDiscarding] = useState<DraftRow | null>(null);
  return (
    <>
      <div className="page-header">
        <PageHeading title="Appraisals" />
        <Link to={startAppraisalPath} className="button">
          Start an appraisal
        </Link>
      </div>
      <h2>In progress</h2>
      {rows !== undefined && rows.length === 0 && (
        <div className="empty-state">
          <p>
            No appraisals are in progress. Start one here, or from a person&rsquo;s row on the staff register.
            Appraisals save themselves as you type, so you can stop at any point and carry on later from this
            page.
          </p>
        </div>
      )}
      {rows !== undefined && rows.length > 0 && (
        <>
          <p className="lead">
            Appraisals save themselves as you type. Resume one to carry on where you left off.
          </p>
          <DraftsTable rows={rows} onDiscard={setDiscarding} />
        </>
      )}
      {discarding !== null && (
        <DiscardDraftDialog draft={discarding.draft} onClose={() => setDiscarding(null)} />
      )}
    </>
  );
}
