/**
 * One active member of staff's appraisal standing on a given day, as the dashboard lists it and
 * as the inspection pack's compliance summary prints it. Worked out in one place
 * (`complianceStatus.ts`) from the latest signed appraisal's next due date.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { complianceStatuses } from './complianceStatusNames';

export { complianceStatusLabels, type ComplianceStatus } from './complianceStatusNames';

const isoDate = z.string().refine(isIsoDate, 'Enter a real date.');

const complianceRowSchema = z.object({
  staffId: z.string().min(1).max(120),
  fullName: z.string().min(1).max(120),
  role: z.string().max(80),
  team: z.string().max(80),
  startDate: isoDate,
  status: z.enum(complianceStatuses),
  /** The meeting date of the latest signed appraisal; null when never appraised. */
  lastSignedMeetingDate: isoDate.nullable(),
  /** The appraisal (latest version) that date comes from. */
  lastSignedAppraisalId: z.string().max(120).nullable(),
  /** When the next appraisal is due; for someone never appraised, start date + interval. */
  nextDueDate: isoDate.nullable(),
  /** Days from today to the due date: negative when overdue; null when there is no date. */
  daysUntilDue: z.number().int().nullable(),
});
export type ComplianceRow = z.infer<typeof complianceRowSchema>;

export const complianceSummarySchema = z.object({
  /** The day the standing was worked out (ISO date, the home's local day). */
  asOf: isoDate,
  rows: z.array(complianceRowSchema).max(5000),
  counts: z.object({
    active: z.number().int().min(0),
    inDate: z.number().int().min(0),
    dueSoon: z.number().int().min(0),
    overdue: z.number().int().min(0),
    neverAppraised: z.number().int().min(0),
  }),
  /** Active staff with an in-date signed appraisal (in date or due soon), as a whole percentage. */
  completionPercent: z.number().min(0).max(100),
});
export type ComplianceSummary = z.infer<typeof complianceSummarySchema>;
