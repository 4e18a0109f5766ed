/** How an appraisal's status looks in the records list (its words are shared/records' labels). */
import type { AppraisalStatus } from '../../shared/appraisal/appraisal';

export { appraisalStatusLabels } from '../../shared/records/recordRow';

export const appraisalStatusTagKind = {
  draft: 'leaving',
  signed: 'active',
  superseded: 'left',
} as const satisfies Record<AppraisalStatus, string>;
