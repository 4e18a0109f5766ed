/**
 * Every screen's address, in one place: what the router matches (app/router.tsx) and what
 * every link and `navigate` builds. Features import from here, never from each other.
 */
import { appraisalStepIds, type AppraisalStepId } from '../../shared/appraisal/appraisalSteps';
import { complianceStatuses, type ComplianceStatus } from '../../shared/compliance/complianceStatusNames';
import type { FrameworkRef } from '../../shared/framework/frameworkSchema';
import type { NavigationTarget } from '../../shared/ipc';

export const paths = {
  dashboard: '/',
  records: '/records',
  staff: '/staff',
  staffNew: '/staff/new',
  settings: '/settings',
  backups: '/settings/backups',
  about: '/about',
  appraisals: '/appraisals',
  framework: '/framework',
  audits: '/audits',
} as const;

/** What the side navigation calls the audits screen; its page heading says the same. */
export const auditsNavLabel = 'Audits and retention';

// Staff

/** A person's page: their details, every appraisal and their profile over time. */
export function personPath(staffId: string): string {
  return `${paths.staff}/${encodeURIComponent(staffId)}`;
}

export function editStaffPath(staffId: string): string {
  return `${paths.staff}/${encodeURIComponent(staffId)}/edit`;
}

// Appraisals

export const startAppraisalPath = `${paths.appraisals}/new`;

/** The start screen with one person already chosen (from the staff register). */
export function startAppraisalFor(staffId: string): string {
  return `${startAppraisalPath}?staff=${encodeURIComponent(staffId)}`;
}

/** Opens a draft at the step it was left on. */
export function resumeAppraisalPath(appraisalId: string): string {
  return `${paths.appraisals}/${encodeURIComponent(appraisalId)}`;
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

// Backups

/** The restore screen for one backup: what it holds beside what is here, then the restore. */
export function restoreBackupPath(backupId: string): string {
  return `${paths.backups}/restore/${encodeURIComponent(backupId)}`;
}

// Framework: a version is named by its framework id and number.

export function versionPath(ref: FrameworkRef): string {
  return `${paths.framework}/${encodeURIComponent(ref.frameworkId)}/${String(ref.version)}`;
}

export function editDraftPath(ref: FrameworkRef): string {
  return `${versionPath(ref)}/edit`;
}

/** The version a screen's address names, or null for an address no version could have. */
export function refFromParams(params: { frameworkId?: string; version?: string }): FrameworkRef | null {
  const version = Number(params.version);
  if (params.frameworkId === undefined || !Number.isInteger(version) || version < 1) return null;
  return { frameworkId: params.frameworkId, version };
}

// Dashboard: which list it shows below its numbers, kept in the address so Back works.

/** A status, or everyone counted as complete (in date or due soon). */
export type DashboardList = ComplianceStatus | 'complete';

export function dashboardListPath(list: DashboardList): string {
  return `/?list=${list}#people-list`;
}

export function dashboardListFrom(value: string | null): DashboardList | null {
  if (value === 'complete') return 'complete';
  return complianceStatuses.find((s) => s === value) ?? null;
}

// The native menu

/** Which screen each native-menu target opens. */
export const menuTargetPaths = {
  dashboard: paths.dashboard,
  staff: paths.staff,
  'staff-new': paths.staffNew,
  appraisals: paths.appraisals,
  records: paths.records,
  audits: paths.audits,
  framework: paths.framework,
  settings: paths.settings,
  backups: paths.backups,
  about: paths.about,
} as const satisfies Record<NavigationTarget, string>;
