/**
 * "Subject access request: export everything held about <name>": a subject access bundle
 * (their records, signed PDFs, audit events and staff record, with a manifest and README) as
 * one ZIP, made by main with progress and cancel like the inspection pack.
 */
import type { StaffMember } from '../../../shared/staff/staffMember';
import { makeSubjectAccessBundle } from '../../actions/exports';
import { useDatabase } from '../../app/databaseContext';
import { ExportJobStatus } from './ExportJobStatus';
import { useExportJob } from './useExportJob';
import './subjectAccess.css';

interface SubjectAccessButtonProps {
  staff: StaffMember;
  /** In a table row: a small button whose visible words leave the name to the row. */
  compact?: boolean;
}

export function SubjectAccessButton({ staff, compact = false }: SubjectAccessButtonProps) {
  const db = useDatabase();
  const job = useExportJob('Something went wrong while making the bundle.');

  function exportBundle() {
    void job.run((jobId) => makeSubjectAccessBundle(db, jobId, staff));
  }

  return (
    <div className="subject-access">
      <button
        type="button"
        className={compact ? 'button button--secondary button--small' : 'button button--secondary'}
        onClick={exportBundle}
        disabled={job.running}
        // One name for it everywhere: what the law calls it, then what it does, and for whom.
        aria-label={`Subject access request: export everything held about ${staff.fullName}`}
      >
        {compact
          ? 'Subject access request'
          : `Subject access request: export everything held about ${staff.fullName}`}
      </button>
      <ExportJobStatus state={job.state} onCancel={() => void job.cancel()} />
    </div>
  );
}
