/** How an appraisal's status reads in the records list and the CSV. */
import type { AppraisalStatus } from '../../shared/appraisal/appraisal';

export const appraisalStatusLabels = {
  draft: 'Draft',
  signed: 'Signed',
  superseded: 'Replaced by an amendment',
} as const satisfies Record<AppraisalStatus, string>;

export const appraisalStatusTagKind = {
  draft: 'leaving',
  signed: 'active',
  superseded: 'left',
} as const satisfies Record<AppraisalStatus, string>;
