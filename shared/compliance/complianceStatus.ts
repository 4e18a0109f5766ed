/**
 * The due-date and completion rules, in one place: the dashboard, the records screens and the
 * inspection pack's compliance summary all call these, so an inspector never sees two answers.
 *
 * A member of staff's standing comes from their latest signed appraisal: the latest sealed
 * version of each appraisal chain. A superseded version never counts (its amendment does), and
 * a draft never counts (nothing is in date until both parties have signed).
 */
import type { AppraisalStatus } from '../appraisal/appraisal';
import { defaultNextDueDate } from '../appraisal/nextDue';
import { isIsoDate } from '../dates';
import { isActiveOn } from '../staff/activeOn';
import { groupByStaff } from '../staff/groupByStaff';
import type { ComplianceRow, ComplianceSummary } from './complianceRow';
import { dueSoonDays, type ComplianceStatus } from './complianceStatusNames';

/** What the rules need of a member of staff (a StaffMember or a stored StaffRecord). */
export interface ComplianceStaff {
  id: string;
  fullName: string;
  role: string;
  team: string;
  startDate: string;
  leavingDate: string | null;
}

/** What the rules need of an appraisal: an Appraisal ('' for no date) or a stored record (null). */
export interface ComplianceAppraisal {
  id: string;
  staffId: string;
  status: AppraisalStatus;
  version: number;
  header: { meetingDate: string };
  nextDueDate: string | null;
}

const dayMs = 86_400_000;

/** Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier). Calendar days, no clock. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / dayMs);
}

/**
 * The latest signed appraisal among one person's appraisals: the latest meeting, then the
 * higher version. Only `signed` counts: a replaced version is `superseded`, a draft is `draft`.
 */
export function latestSignedAppraisal<A extends ComplianceAppraisal>(appraisals: readonly A[]): A | null {
  let latest: A | null = null;
  for (const appraisal of appraisals) {
    if (appraisal.status !== 'signed') continue;
    if (latest === null || isLater(appraisal, latest)) latest = appraisal;
  }
  return latest;
}

function isLater(a: ComplianceAppraisal, b: ComplianceAppraisal): boolean {
  const byDate = a.header.meetingDate.localeCompare(b.header.meetingDate);
  if (byDate !== 0) return byDate > 0;
  return a.version !== b.version ? a.version > b.version : a.id > b.id;
}

/** Where a due date stands on `asOf`: overdue after the day, due soon within 30 days (today included). */
function statusForDueDate(nextDueDate: string, asOf: string): Exclude<ComplianceStatus, 'never-appraised'> {
  const days = daysBetween(asOf, nextDueDate);
  if (days < 0) return 'overdue';
  return days <= dueSoonDays ? 'due-soon' : 'in-date';
}

/**
 * One member of staff's row on `asOf`, or null when they are not active that day (a leaver
 * whose leaving date is on or before it). `appraisals` may hold anyone's; only theirs are read.
 */
export function complianceRowFor(
  staff: ComplianceStaff,
  appraisals: readonly ComplianceAppraisal[],
  intervalMonths: number,
  asOf: string,
): ComplianceRow | null {
  if (!isActiveOn(staff, asOf)) return null;
  const latest = latestSignedAppraisal(appraisals.filter((a) => a.staffId === staff.id));
  const base = {
    staffId: staff.id,
    fullName: staff.fullName,
    role: staff.role,
    team: staff.team,
    startDate: staff.startDate,
  };
  if (latest === null) {
    const due = defaultNextDueDate(staff.startDate, intervalMonths);
    return {
      ...base,
      status: 'never-appraised',
      lastSignedMeetingDate: null,
      lastSignedAppraisalId: null,
      nextDueDate: due === '' ? null : due,
      daysUntilDue: due === '' ? null : daysBetween(asOf, due),
    };
  }
  const meetingDate = isIsoDate(latest.header.meetingDate) ? latest.header.meetingDate : null;
  const stated = latest.nextDueDate ?? '';
  const due = isIsoDate(stated) ? stated : defaultNextDueDate(meetingDate ?? '', intervalMonths);
  return {
    ...base,
    // A signed record without any date cannot show it is in date, so it counts as overdue.
    status: due === '' ? 'overdue' : statusForDueDate(due, asOf),
    lastSignedMeetingDate: meetingDate,
    lastSignedAppraisalId: latest.id,
    nextDueDate: due === '' ? null : due,
    daysUntilDue: due === '' ? null : daysBetween(asOf, due),
  };
}

/**
 * Every active member of staff's row on `asOf`, in the order `staff` is given. Groups the
 * appraisals by person once, so 500 people and 5,000 appraisals take one pass.
 */
export function complianceRows(
  staff: readonly ComplianceStaff[],
  appraisals: readonly ComplianceAppraisal[],
  intervalMonths: number,
  asOf: string,
): ComplianceRow[] {
  const byStaff = groupByStaff(appraisals.filter((appraisal) => appraisal.status === 'signed'));
  const rows: ComplianceRow[] = [];
  for (const member of staff) {
    const row = complianceRowFor(member, byStaff.get(member.id) ?? [], intervalMonths, asOf);
    if (row !== null) rows.push(row);
  }
  return rows;
}

/**
 * Counts and the completion figure. Completion is rounded DOWN to a whole percentage: an
 * inspector reading "90%" must be able to trust that at least 90% are in date, so 89.6% shows
 * as 89%, never as a pass it has not reached. No active staff gives 0 (the screen says why).
 */
export function summarise(rows: readonly ComplianceRow[], asOf: string): ComplianceSummary {
  const counts = { active: rows.length, inDate: 0, dueSoon: 0, overdue: 0, neverAppraised: 0 };
  for (const row of rows) {
    if (row.status === 'in-date') counts.inDate += 1;
    else if (row.status === 'due-soon') counts.dueSoon += 1;
    else if (row.status === 'overdue') counts.overdue += 1;
    else counts.neverAppraised += 1;
  }
  const inDate = counts.inDate + counts.dueSoon;
  // Integer arithmetic, so 29 of 29 is exactly 100 and no float error rounds 90 down to 89.
  const completionPercent = counts.active === 0 ? 0 : Math.floor((inDate * 100) / counts.active);
  return { asOf, rows: [...rows], counts, completionPercent };
}
