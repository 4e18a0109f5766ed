/** An appraisal's status as a tag (Draft, Signed, Replaced by an amendment), then its version after the first. */
import type { AppraisalStatus } from '../../shared/appraisal/appraisal';
import { appraisalStatusLabels, appraisalStatusShortLabels, appraisalStatusTagKind } from './recordLabels';
import './appraisalStatusTag.css';

interface AppraisalStatusTagProps {
  status: AppraisalStatus;
  version: number;
  /**
   * For a narrow column: the tag's short words ("Replaced", the full words on hover) and the
   * version on a line of its own below it.
   */
  stacked?: boolean;
}

export function AppraisalStatusTag({ status, version, stacked = false }: AppraisalStatusTagProps) {
  const kind = `status-tag status-tag--${appraisalStatusTagKind[status]}`;
  if (!stacked)
    return (
      <>
        <span className={kind}>{appraisalStatusLabels[status]}</span>
        {version > 1 && <span className="appraisal-status__version"> version {version}</span>}
      </>
    );
  const short = appraisalStatusShortLabels[status];
  const full = appraisalStatusLabels[status];
  return (
    <>
      <span className={`${kind} status-tag--stacked`} title={short === full ? undefined : full}>
        {short}
      </span>
      {version > 1 && (
        <span className="appraisal-status__version appraisal-status__version--below">version {version}</span>
      )}
    </>
  );
}
