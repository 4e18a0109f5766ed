/** Which list the dashboard shows below its numbers, kept in the address so Back works. */
import type { ComplianceStatus } from '../../../shared/compliance/complianceRow';
import { complianceStatuses } from '../../../shared/compliance/complianceRow';

/** A status, or everyone counted as complete (in date or due soon). */
export type DashboardList = ComplianceStatus | 'complete';

export function dashboardListPath(list: DashboardList): string {
  return `/?list=${list}#people-list`;
}

export function dashboardListFrom(value: string | null): DashboardList | null {
  if (value === 'complete') return 'complete';
  return complianceStatuses.find((s) => s === value) ?? null;
}

export const dashboardListTitles = {
  complete: 'Everyone with an in-date signed appraisal',
  'in-date': 'In date',
  'due-soon': 'Due within 30 days',
  overdue: 'Overdue',
  'never-appraised': 'Never appraised',
} as const satisfies Record<DashboardList, string>;
