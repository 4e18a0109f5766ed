/**
 * What the dashboard shows, read in one go: everyone's compliance row, drafts in progress, the
 * team profile (each active person's latest signed scores) and the most common development
 * needs. Drafts come through the `status` index; each person's latest signed appraisal through
 * [staffId+status+meetingDate]; replaced versions are never read. One pass over what was read.
 */
import Dexie from 'dexie';
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { managerRatings } from '../../shared/appraisal/ratingsOf';
import type { ComplianceStatus, ComplianceSummary } from '../../shared/compliance/complianceRow';
import {
  complianceRowFor,
  complianceRows,
  latestSignedAppraisal,
  summarise,
} from '../../shared/compliance/complianceStatus';
import type { Framework } from '../../shared/framework/frameworkSchema';
import { profileScore } from '../../shared/framework/profileScore';
import { isActiveOn } from '../../shared/staff/staffMember';
import { fromAppraisalRecord } from './appraisalRecord';
import type { AppDatabase } from './database';
import { frameworkRecordId, getFrameworkVersion } from './frameworkRepository';
import type { AppraisalRecord } from './records';
import { listStaff } from './staffRepository';

/** Used when the home has not finished setup (the setup screen asks for the real figure). */
const fallbackIntervalMonths = 12;

export interface TeamProfilePoint {
  staffId: string;
  fullName: string;
  team: string;
  role: string;
  appraisalId: string;
  meetingDate: string;
  management: number;
  leadership: number;
}

export interface DevelopmentNeed {
  competencyId: string;
  title: string;
  section: 'management' | 'leadership';
  /** How many active people's latest signed development plans name it. */
  people: number;
}

export interface DashboardData {
  summary: ComplianceSummary;
  intervalMonths: number;
  drafts: Appraisal[];
  /** Active people whose latest signed appraisal rates both sections. */
  teamProfile: TeamProfilePoint[];
  /** Most named first (ties by title). */
  developmentNeeds: DevelopmentNeed[];
  /** Every team name among active staff, sorted; '' (no team) is left out. */
  teams: string[];
}

export async function loadDashboard(db: AppDatabase, asOf: string): Promise<DashboardData> {
  return db.transaction('r', [db.settings, db.staff, db.appraisals, db.frameworks], async () => {
    const [settings, staff, draftRecords] = await Promise.all([
      db.settings.get('home'),
      listStaff(db),
      db.appraisals.where('status').equals('draft').toArray(),
    ]);
    const intervalMonths = settings?.appraisalIntervalMonths ?? fallbackIntervalMonths;
    const active = staff.filter((member) => isActiveOn(member, asOf));
    const signed = await latestSignedOf(
      db,
      active.map((member) => member.id),
    );
    const summary = summarise(complianceRows(active, signed, intervalMonths, asOf), asOf);

    const signedByStaff = groupByStaff(signed);
    const frameworks = new Map<string, Framework | null>();
    const teamProfile: TeamProfilePoint[] = [];
    const needs = new Map<string, DevelopmentNeed>();
    for (const member of active) {
      const latest = latestSignedAppraisal(signedByStaff.get(member.id) ?? []);
      if (latest === null) continue;
      const framework = await cachedFramework(db, frameworks, latest);
      if (framework === null) continue;
      const appraisal = fromAppraisalRecord(latest);
      const score = profileScore(framework, managerRatings(appraisal));
      if (score.management !== null && score.leadership !== null) {
        teamProfile.push({
          staffId: member.id,
          fullName: member.fullName,
          team: member.team,
          role: member.role,
          appraisalId: appraisal.id,
          meetingDate: appraisal.header.meetingDate,
          management: score.management,
          leadership: score.leadership,
        });
      }
      countNeeds(needs, appraisal, framework);
    }

    const drafts = draftRecords
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
      .map(fromAppraisalRecord);
    const teams = [...new Set(active.map((m) => m.team).filter((t) => t !== ''))].sort((a, b) =>
      a.localeCompare(b, 'en-GB'),
    );
    const developmentNeeds = [...needs.values()].sort(
      (a, b) => b.people - a.people || a.title.localeCompare(b.title, 'en-GB'),
    );
    return { summary, intervalMonths, drafts, teamProfile, developmentNeeds, teams };
  });
}

/**
 * Each person's latest signed appraisal (with any others signed on that same meeting date, so
 * the shared tie-break decides), read from the [staffId+status+meetingDate] index: one short
 * range per person instead of every signed appraisal in the home.
 */
async function latestSignedOf(db: AppDatabase, staffIds: readonly string[]): Promise<AppraisalRecord[]> {
  const index = db.appraisals.where('[staffId+status+meetingDate]');
  const latest = await Promise.all(
    staffIds.map(async (staffId) => {
      const last = await index
        .between([staffId, 'signed', Dexie.minKey], [staffId, 'signed', Dexie.maxKey])
        .last();
      if (last?.meetingDate == null) return [];
      return index.equals([staffId, 'signed', last.meetingDate]).toArray();
    }),
  );
  return latest.flat();
}

function groupByStaff(records: readonly AppraisalRecord[]): Map<string, AppraisalRecord[]> {
  const byStaff = new Map<string, AppraisalRecord[]>();
  for (const record of records) {
    const list = byStaff.get(record.staffId);
    if (list === undefined) byStaff.set(record.staffId, [record]);
    else list.push(record);
  }
  return byStaff;
}

/** Each framework version is read once, however many appraisals pinned it. */
async function cachedFramework(
  db: AppDatabase,
  cache: Map<string, Framework | null>,
  record: AppraisalRecord,
): Promise<Framework | null> {
  const key = frameworkRecordId(record.framework);
  const known = cache.get(key);
  if (known !== undefined) return known;
  const framework = await getFrameworkVersion(db, record.framework);
  cache.set(key, framework);
  return framework;
}

/** A person counts once per competency, however many actions their plan has for it. */
function countNeeds(needs: Map<string, DevelopmentNeed>, appraisal: Appraisal, framework: Framework): void {
  const named = new Set(
    appraisal.development.items.map((item) => item.competencyId).filter((id) => id !== null),
  );
  for (const competencyId of named) {
    const existing = needs.get(competencyId);
    if (existing !== undefined) {
      existing.people += 1;
      continue;
    }
    for (const section of framework.sections) {
      const competency = section.competencies.find((c) => c.id === competencyId);
      if (competency === undefined) continue;
      needs.set(competencyId, { competencyId, title: competency.title, section: section.id, people: 1 });
    }
  }
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
  return db.transaction('r', [db.settings, db.staff, db.appraisals], async () => {
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
