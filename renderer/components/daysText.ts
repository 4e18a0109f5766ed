/** How far away a next-due date is, in words: the dashboard's lists and a person's page say it the same way. */

/** "In 12 days", "Due today", "3 days overdue"; a dash when nothing is due. */
export function daysText(days: number | null): string {
  if (days === null) return '–';
  if (days === 0) return 'Due today';
  if (days < 0) return days === -1 ? '1 day overdue' : `${-days} days overdue`;
  return days === 1 ? 'In 1 day' : `In ${days} days`;
}
