/**
 * The four appraisal standings a member of staff can have and what the screens call them, apart
 * from the row's zod schema (`complianceRow.ts` re-exports them): the app's addresses and the
 * dashboard's first paint need the names, not the schema.
 */
export const complianceStatuses = ['in-date', 'due-soon', 'overdue', 'never-appraised'] as const;
export type ComplianceStatus = (typeof complianceStatuses)[number];

export const complianceStatusLabels = {
  'in-date': 'In date',
  'due-soon': 'Due within 30 days',
  overdue: 'Overdue',
  'never-appraised': 'Never appraised',
} as const satisfies Record<ComplianceStatus, string>;

/** "Due soon" means due within this many days (today included). */
export const dueSoonDays = 30;
