/**
 * What the dashboard shows first, read in one go: everyone's compliance row, drafts in progress
 * and the teams. Read from the appraisals' small summaries (appraisalSummary.ts): drafts through
 * the `status` index, each person's latest signed appraisal from the `latestSigned` table; replaced
 * versions are never read, and no framework is needed, so the figure shows before the
 * team profile's scoring (teamProfileQueries.ts) has loaded.
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import type { ComplianceStatus, ComplianceSummary } from '../../shared/compliance/complianceRow';
import {
  complianceRowFor,
  complianceRows,
  latestSignedAppraisal,
  summarise,
  type ComplianceAppraisal,
} from '../../shared/compliance/complianceStatus';
import { isActiveOn } from '../../shared/staff/activeOn';
import { groupByStaff } from '../../shared/staff/groupByStaff';
import { fromAppraisalRecord } from './appraisalRecord';
import { summaryWaitsForSeal, unpackSummary, type AppraisalSummary } from './appraisalSummary';
import type { AppDatabase } from './database';
import { listStaff } from './staffQueries';

/** Used when the home has not finished setup (the setup screen asks for the real figure). */
const fallbackIntervalMonths = 12;

export interface DashboardData {
  summary: ComplianceSummary;
  intervalMonths: number;
  /** Most recently worked on first. */
  drafts: AppraisalSummary[];
  /** Drafts both people signed whose seal never completed, whole, so they can be sealed again. */
  waitingForSeal: Appraisal[];
  /** Every team name among active staff, sorted; '' (no team) is left out. */
  teams: string[];
}

export async function loadDashboard(db: AppDatabase, asOf: string): Promise<DashboardData> {
  return db.transaction(
    'r',
    [db.settings, db.staff, db.appraisals, db.appraisalSummaries, db.latestSigned],
    async () => {
      const [settings, staff, storedDrafts] = await Promise.all([
        db.settings.get('home'),
        listStaff(db),
        db.appraisalSummaries.where('status').equals('draft').toArray(),
      ]);
      const intervalMonths = settings?.appraisalIntervalMonths ?? fallbackIntervalMonths;
      const active = staff.filter((member) => isActiveOn(member, asOf));
      const signed = await latestSignedOf(
        db,
        active.map((member) => member.id),
      );
      const summary = summarise(complianceRows(active, signed, intervalMonths, asOf), asOf);
      const drafts = storedDrafts.map(unpackSummary);
      const waitingIds = drafts.filter(summaryWaitsForSeal).map((draft) => draft.id);
      const waiting = waitingIds.length === 0 ? [] : await db.appraisals.bulkGet(waitingIds);
      const teams = [...new Set(active.map((m) => m.team).filter((t) => t !== ''))].sort((a, b) =>
        a.localeCompare(b, 'en-GB'),
      );
      return {
        summary,
        intervalMonths,
        drafts: drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id)),
        waitingForSeal: waiting.flatMap((record) =>
          record === undefined ? [] : [fromAppraisalRecord(record)],
        ),
        teams,
      };
    },
  );
}

/**
 * Each person's latest signed appraisal (with any others signed on that same meeting date, so
 * the shared tie-break decides), from the one small row per person the `latestSigned` table
 * keeps (latestSigned.ts).
 */
export async function latestSignedOf(
  db: AppDatabase,
  staffIds: readonly string[],
): Promise<ComplianceAppraisal[]> {
  const rows = await db.latestSigned.bulkGet([...staffIds]);
  return rows.flatMap((row) => row?.appraisals ?? []);
}

export interface RegisterStanding {
  /** Meeting date of the latest signed appraisal; '' when there is none. */
  lastSigned: string;
  /** When the next one is due; '' for leavers (no longer due) and when there is no date. */
  nextDue: string;
  /** The dashboard's standing for someone still working here; 'leaver' once they have left. */
  standing: ComplianceStatus | 'leaver';
  /** Days from `asOf` to `nextDue` (negative when past); null when there is no date. */
  daysUntilDue: number | null;
}

/** For the register's CSV: each person's standing, last signed appraisal and next due date, leavers too. */
export async function registerStandings(
  db: AppDatabase,
  asOf: string,
): Promise<Map<string, RegisterStanding>> {
  return db.transaction('r', [db.settings, db.staff, db.latestSigned], async () => {
    const [settings, staff] = await Promise.all([db.settings.get('home'), db.staff.toArray()]);
    const signed = await latestSignedOf(
      db,
      staff.map((member) => member.id),
    );
    const intervalMonths = settings?.appraisalIntervalMonths ?? fallbackIntervalMonths;
    const signedByStaff = groupByStaff(signed);
    const standings = new Map<string, RegisterStanding>();
    for (const member of staff) {
      const own = signedByStaff.get(member.id) ?? [];
      // The dashboard's own rule; null means they are no longer active on `asOf`.
      const row = complianceRowFor(member, own, intervalMonths, asOf);
      standings.set(member.id, {
        lastSigned: latestSignedAppraisal(own)?.header.meetingDate ?? '',
        nextDue: row?.nextDueDate ?? '',
        standing: row?.status ?? 'leaver',
        daysUntilDue: row?.daysUntilDue ?? null,
      });
    }
    return standings;
  });
}
