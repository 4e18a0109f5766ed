/**
 * A signed (or replaced) appraisal: what it is, whether the stored PDF is exactly as sealed,
 * the PDF itself, print / save a copy / amend, every version, and what happened to it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import type { Appraisal, SealedInfo } from '../../../shared/appraisal/appraisal';
import type { AuditEvent } from '../../../shared/audit/auditEvent';
import { formatMomentDate } from '../../../shared/dates';
import { useDatabase } from '../../app/databaseContext';
import { actionError } from '../../components/actionError';
import { AppraisalNotFound } from '../../components/AppraisalNotFound';
import { PageHeading } from '../../components/PageHeading';
import { SignatureList } from '../../components/SignatureList';
import { listVersions } from '../../db/amendmentRepository';
import { getAppraisal } from '../../db/appraisalRepository';
import { getFrameworkVersion } from '../../db/frameworkRepository';
import { frameworkLabel } from '../../components/frameworkLabel';
import { appraisalActor } from '../../actions/actors';
import { readActivity } from '../../actions/readActivity';
import { appraisalDocumentPath, resumeAppraisalPath } from '../../app/paths';
import { ActivityList } from './ActivityList';
import { useActorNames } from './useActorNames';
import { DocumentActions } from './DocumentActions';
import { IntegrityPanel } from './IntegrityPanel';
import { SignaturePanel } from './SignaturePanel';
import { useDocumentCheck } from './useDocumentCheck';
import { VersionsList } from './VersionsList';

export function DocumentPage() {
  const { appraisalId = '' } = useParams();
  const db = useDatabase();
  const loaded = useLiveQuery(async () => {
    const appraisal = await getAppraisal(db, appraisalId);
    if (appraisal === undefined) return null;
    const [versions, framework] = await Promise.all([
      listVersions(db, appraisalId),
      getFrameworkVersion(db, appraisal.framework),
    ]);
    return { appraisal, versions, framework };
  }, [db, appraisalId]);

  if (loaded === undefined) return null;
  if (loaded === null) {
    return <AppraisalNotFound />;
  }
  const { appraisal, versions, framework } = loaded;
  if (appraisal.status === 'draft') return <Navigate to={resumeAppraisalPath(appraisal.id)} replace />;
  // A framework version no longer on this PC is still named by its id and number.
  const frameworkName = frameworkLabel(
    framework ?? { name: appraisal.framework.frameworkId, version: appraisal.framework.version },
  );
  return (
    <SignedDocument
      key={appraisal.id}
      appraisal={appraisal}
      versions={versions}
      frameworkName={frameworkName}
    />
  );
}

/** "version 2 of this record, amendment 1": the record's own version, never the framework's. */
function recordVersion(appraisal: Appraisal): string {
  const amendment = appraisal.version > 1 ? `, amendment ${appraisal.version - 1}` : '';
  return `version ${appraisal.version} of this record${amendment}`;
}

interface SignedDocumentProps {
  appraisal: Appraisal;
  versions: Appraisal[];
  frameworkName: string;
}

function SignedDocument({ appraisal, versions, frameworkName }: SignedDocumentProps) {
  const { header, sealed } = appraisal;
  const replacedBy = versions.find((v) => v.id === appraisal.supersededById);
  const amends = versions.find((v) => v.id === appraisal.supersedesId);
  return (
    <div className="document-page">
      <p className="page-heading__context">Signed appraisal · {recordVersion(appraisal)}</p>
      <PageHeading title={`${header.staffName}: signed appraisal`}>
        {header.staffName}
        <span className="document-page__signed">
          {sealed === null ? 'Appraisal signed' : `Appraisal signed ${formatMomentDate(sealed.sealedAt)}`}
        </span>
      </PageHeading>
      <p className="document-page__facts">
        {header.roleAtTime} · appraised by {header.appraiserName}
        {header.appraiserRole !== '' && `, ${header.appraiserRole}`}
      </p>
      <p className="document-page__facts">Framework: {frameworkName}</p>
      <p className="document-status">
        {appraisal.status === 'superseded' ? (
          <>
            <strong>Replaced by version {replacedBy?.version ?? appraisal.version + 1}</strong>.{' '}
            {replacedBy !== undefined && (
              <Link to={appraisalDocumentPath(replacedBy.id)}>Open version {replacedBy.version}</Link>
            )}
          </>
        ) : (
          <strong>Signed and sealed</strong>
        )}
        {amends !== undefined && (
          <>
            {' '}
            · Amendment of version {amends.version}: {appraisal.amendmentReason}
          </>
        )}
      </p>
      <SignatureList appraisal={appraisal} />
      {sealed === null ? (
        <p className="notice notice--error">
          This appraisal was marked signed before signed documents were stored, so there is no sealed PDF for
          it.
        </p>
      ) : (
        <SealedParts appraisal={appraisal} sealed={sealed} />
      )}
      <VersionsList versions={versions} currentId={appraisal.id} />
      <Activity appraisal={appraisal} versions={versions} />
    </div>
  );
}

function SealedParts({ appraisal, sealed }: { appraisal: Appraisal; sealed: SealedInfo }) {
  const check = useDocumentCheck(sealed, appraisalActor(appraisal));
  const pdfUrl = check.state === 'done' ? check.result.pdfUrl : null;
  return (
    <>
      <IntegrityPanel check={check} sealed={sealed} />
      <SignaturePanel check={check} />
      <DocumentActions
        appraisal={appraisal}
        sealed={sealed}
        onDone={() => window.dispatchEvent(new Event(activityChanged))}
      />
      {pdfUrl !== null && (
        <iframe
          className="document-frame"
          title={`Signed appraisal of ${appraisal.header.staffName}, ${recordVersion(appraisal)} (PDF)`}
          src={pdfUrl}
        />
      )}
    </>
  );
}

/** Raised after a print or a saved copy, so the activity list reads the log again. */
const activityChanged = 'care-appraisals:activity-changed';

function Activity({ appraisal, versions }: { appraisal: Appraisal; versions: readonly Appraisal[] }) {
  const names = useActorNames(versions);
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  // Main logs by appraisal id (create, sign…) and by document id (seal, print, check).
  const entityIds = [appraisal.id, ...(appraisal.sealed === null ? [] : [appraisal.sealed.documentId])];
  const key = entityIds.join(' ');

  useEffect(() => {
    const again = () => setRound((r) => r + 1);
    window.addEventListener(activityChanged, again);
    return () => window.removeEventListener(activityChanged, again);
  }, []);

  useEffect(() => {
    let current = true;
    readActivity(key.split(' ')).then(
      (found) => {
        if (current) setEvents(found);
      },
      (caught: unknown) => {
        if (current) setProblem(actionError(caught, 'The activity could not be read just now.').message);
      },
    );
    return () => {
      current = false;
    };
  }, [key, round]);

  if (names === undefined) return null;
  return <ActivityList events={events} problem={problem} names={names} />;
}
