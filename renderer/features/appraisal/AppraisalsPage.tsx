/**
 * Appraisals: the drafts in progress, those waiting for the countersignature, the latest signed
 * ones (until the records screens arrive), and where a new appraisal is started.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDatabase } from '../../app/databaseContext';
import { PageHeading } from '../../components/PageHeading';
import { isAwaitingSignatures, listRecentlySigned } from '../../db/appraisalRepository';
import { startAppraisalPath } from '../../app/paths';
import { DiscardDraftDialog } from './drafts/DiscardDraftDialog';
import { DraftsTable } from './drafts/DraftsTable';
import { useDraftRows, type DraftRow } from './drafts/useDraftRows';
import { RecentlySignedTable } from './signed/RecentlySignedTable';
import { WaitingTable } from './signed/WaitingTable';

export function AppraisalsPage() {
  const db = useDatabase();
  const allRows = useDraftRows();
  const recentlySigned = useLiveQuery(() => listRecentlySigned(db), [db]);
  const rows = allRows?.filter((row) => !isAwaitingSignatures(row.draft));
  const waiting = allRows?.filter((row) => isAwaitingSignatures(row.draft)).map((row) => row.draft) ?? [];
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
      {waiting.length > 0 && (
        <>
          <h2 className="appraisals-group">Waiting for signatures</h2>
          <WaitingTable appraisals={waiting} />
        </>
      )}
      <h2 className="appraisals-group">Recently signed</h2>
      {recentlySigned !== undefined && recentlySigned.length === 0 && (
        <p className="muted">
          No appraisal has been signed yet. Signed appraisals are listed here with their document.
        </p>
      )}
      {recentlySigned !== undefined && recentlySigned.length > 0 && (
        <RecentlySignedTable appraisals={recentlySigned} />
      )}
      {discarding !== null && (
        <DiscardDraftDialog draft={discarding.draft} onClose={() => setDiscarding(null)} />
      )}
    </>
  );
}
