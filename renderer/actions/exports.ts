/**
 * The exports and checks main makes for audits: the inspection pack, a subject access bundle
 * (each followed by its progress events, and cancelled by job id), checking a pack, and
 * checking the audit log. Everything is read from the working store first, then main is
 * asked: never IPC inside a Dexie transaction.
 */
import type { ExportProgress } from '../../shared/exports/exportJob';
import { staffMemberSchema, type StaffMember } from '../../shared/staff/staffMember';
import { bridge } from '../api';
import { todayIso } from '../components/today';
import { loadDashboard } from '../db/complianceQueries';
import type { AppDatabase } from '../db/database';
import { documentHomeAndLogo } from '../db/documentSource';
import { getSettings } from '../db/settingsRepository';
import { homeActor } from './actors';
import { exportHome } from './exportHome';

/** The name the pack's README gives as who made it (the log keeps only the actor id). */
async function preparedBy(db: AppDatabase): Promise<string> {
  return (await getSettings(db))?.registeredManager ?? '';
}

export async function makeInspectionPack(db: AppDatabase, jobId: string, from: string, to: string) {
  const [{ home, logo }, dashboard, madeBy] = await Promise.all([
    documentHomeAndLogo(db),
    // Exactly the dashboard's figures, so the pack and the screen never disagree.
    loadDashboard(db, todayIso()),
    preparedBy(db),
  ]);
  return bridge().export.inspectionPack({
    jobId,
    from,
    to,
    home: exportHome(home),
    logo,
    compliance: dashboard.summary,
    preparedBy: madeBy,
    actor: homeActor,
  });
}

export async function makeSubjectAccessBundle(db: AppDatabase, jobId: string, staff: StaffMember) {
  const [{ home }, madeBy] = await Promise.all([documentHomeAndLogo(db), preparedBy(db)]);
  return bridge().export.subjectAccess({
    jobId,
    // Only the register's fields: a stored record also carries its search key.
    staff: staffMemberSchema.parse(staff),
    home: exportHome(home),
    preparedBy: madeBy,
    actor: homeActor,
  });
}

/** Follows every export's progress (each carries its job id); returns the unsubscribe function. */
export function onExportProgress(listener: (progress: ExportProgress) => void): () => void {
  return bridge().export.onProgress(listener);
}

/** Asks main to stop an export; its own answer (cancelled, saved or failed) still arrives. */
export async function cancelExport(jobId: string): Promise<void> {
  await bridge().export.cancel({ jobId });
}

export function checkPack() {
  return bridge().export.verifyPack({ actor: homeActor });
}

export function checkAuditLog() {
  return bridge().audit.verify({ actor: homeActor });
}
