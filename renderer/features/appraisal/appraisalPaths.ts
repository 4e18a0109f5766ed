/** Addresses of the appraisal screens. */
import { appraisalStepIds, type AppraisalStepId } from '../../../shared/appraisal/appraisal';
import { paths } from '../../app/paths';

export const appraisalsPath = paths.appraisals;
export const startAppraisalPath = `${appraisalsPath}/new`;

/** The start screen with one person already chosen (from the staff register). */
export function startAppraisalFor(staffId: string): string {
  return `${startAppraisalPath}?staff=${encodeURIComponent(staffId)}`;
}

/** Opens a draft at the step it was left on. */
export function resumeAppraisalPath(appraisalId: string): string {
  return `${appraisalsPath}/${encodeURIComponent(appraisalId)}`;
}

export function appraisalStepPath(appraisalId: string, step: AppraisalStepId): string {
  return `${resumeAppraisalPath(appraisalId)}/${step}`;
}

export function isAppraisalStepId(value: string | undefined): value is AppraisalStepId {
  return appraisalStepIds.some((id) => id === value);
}

/** The signing screen: the appraisee signs, then the appraiser countersigns and seals. */
export function signAppraisalPath(appraisalId: string): string {
  return `${resumeAppraisalPath(appraisalId)}/sign`;
}

/** A signed (or replaced) appraisal's document: the PDF, its check, versions and activity. */
export function appraisalDocumentPath(appraisalId: string): string {
  return `${resumeAppraisalPath(appraisalId)}/document`;
}
