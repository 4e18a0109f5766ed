/**
 * When a leaver's records may be destroyed: the leaving date plus the retention period in
 * calendar years. A leaving date of 29 February lands on 28 February in a year that has none
 * (the period is not cut short by a day, nor stretched into March).
 */
export function retentionEndDate(leavingDate: string, retentionYears: number): string {
  const [year = 0, month = 1, day = 1] = leavingDate.split('-').map(Number);
  const endYear = year + retentionYears;
  const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const endDay = month === 2 && day === 29 && !isLeap(endYear) ? 28 : day;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(endYear, 4)}-${pad(month, 2)}-${pad(endDay, 2)}`;
}

/** True once the retention period has ended (on the end date itself, destroying is allowed). */
export function isPastRetention(leavingDate: string, retentionYears: number, today: string): boolean {
  return retentionEndDate(leavingDate, retentionYears) <= today;
}
