/**
 * The dashboard's team profile (each active person's latest signed scores) and the most common
 * development needs. Scoring needs each appraisal's pinned framework version, so this module,
 * and the frameworks with it, loads after the dashboard's figure has shown.
 */
import { managerRatings } from '../../shared/appraisal/ratingsOf';
import { latestSignedAppraisal } from '../../shared/compliance/complianceStatus';
import { sectionDefinitions, type Framework } from '../../shared/framework/frameworkSchema';
import { profileScore } from '../../shared/framework/profileScore';
import { isActiveOn } from '../../shared/staff/activeOn';
import { ratingFactsOf, unpackSummary, type AppraisalSummary } from './appraisalSummary';
import { groupByStaff } from '../../shared/staff/groupByStaff';
import { latestSignedOf } from './complianceQueries';
import type { AppDatabase } from './database';
import { frameworkVersionReader } from './frameworkRepository';
import { listStaff } from './staffQueries';

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
  /** The section's title, as the framework names it. */
  sectionTitle: string;
  /** How many active people's latest signed development plans name it. */
  people: number;
}

export interface TeamInsights {
  /** Active people whose latest signed appraisal rates both sections. */
  teamProfile: TeamProfilePoint[];
  /** Most named first (ties by title). */
  developmentNeeds: DevelopmentNeed[];
}

export async function loadTeamInsights(db: AppDatabase, asOf: string): Promise<TeamInsights> {
  return db.transaction('r', [db.staff, db.latestSigned, db.appraisalSummaries, db.frameworks], async () => {
    const active = (await listStaff(db)).filter((member) => isActiveOn(member, asOf));
    const latestIds = (
      await latestSignedOf(
        db,
        active.map((member) => member.id),
      )
    ).map((appraisal) => appraisal.id);
    const summaries = await db.appraisalSummaries.bulkGet(latestIds);
    const signedByStaff = groupByStaff(
      summaries.flatMap((summary) => (summary === undefined ? [] : [unpackSummary(summary)])),
    );
    const frameworkOf = frameworkVersionReader(db);
    const teamProfile: TeamProfilePoint[] = [];
    const needs = new Map<string, DevelopmentNeed>();
    for (const member of active) {
      const latest = latestSignedAppraisal(signedByStaff.get(member.id) ?? []);
      if (latest === null) continue;
      const framework = await frameworkOf(latest.framework);
      if (framework === null) continue;
      const score = profileScore(framework, managerRatings({ ratings: ratingFactsOf(latest) }));
      if (score.management !== null && score.leadership !== null) {
        teamProfile.push({
          staffId: member.id,
          fullName: member.fullName,
          team: member.team,
          role: member.role,
          appraisalId: latest.id,
          meetingDate: latest.header.meetingDate,
          management: score.management,
          leadership: score.leadership,
        });
      }
      countNeeds(needs, latest, framework);
    }
    const developmentNeeds = [...needs.values()].sort(
      (a, b) => b.people - a.people || a.title.localeCompare(b.title, 'en-GB'),
    );
    return { teamProfile, developmentNeeds };
  });
}

/** A person counts once per competency, however many actions their plan has for it. */
function countNeeds(
  needs: Map<string, DevelopmentNeed>,
  summary: AppraisalSummary,
  framework: Framework,
): void {
  for (const competencyId of new Set(summary.developmentCompetencyIds)) {
    const existing = needs.get(competencyId);
    if (existing !== undefined) {
      existing.people += 1;
      continue;
    }
    for (const section of framework.sections) {
      const competency = section.competencies.find((c) => c.id === competencyId);
      if (competency === undefined) continue;
      needs.set(competencyId, {
        competencyId,
        title: competency.title,
        section: section.id,
        sectionTitle: sectionDefinitions[section.id].title,
        people: 1,
      });
    }
  }
}
