/** An appraisal's status as a tag (Draft, Signed, Replaced by an amendment), then its version after the first. */
import type { AppraisalStatus } from '../../shared/appraisal/appraisal';
import { appraisalStatusLabels, appraisalStatusTagKind } from './recordLabels';
import './appraisalStatusTag.css';

export function AppraisalStatusTag({ status, version }: { status: AppraisalStatus; version: number }) {
  return (
    <>
      <span className={`status-tag status-tag--${appraisalStatusTagKind[status]}`}>
        {appraisalStatusLabels[status]}
      </span>
      {version > 1 && <span className="appraisal-status__version"> version {version}</span>}
    </>
  );
}
