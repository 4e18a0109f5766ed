/** How an appraisal's status looks in the records list (its words are shared/records' labels). */
import type { AppraisalStatus } from '../../shared/appraisal/appraisal';

export { appraisalStatusLabels } from '../../shared/records/recordRow';

/** The words where a column is narrow; the full words show on hover. */
export const appraisalStatusShortLabels = {
  draft: 'Draft',
  signed: 'Signed',
  superseded: 'Replaced',
} as const satisfies Record<AppraisalStatus, string>;

export const appraisalStatusTagKind = {
  draft: 'leaving',
  signed: 'active',
  superseded: 'left',
} as const satisfies Record<AppraisalStatus, string>;
