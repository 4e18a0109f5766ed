/**
 * Tells the main process's audit log what happened to an appraisal in the working store.
 * Always called AFTER the Dexie write has committed (never inside a transaction), and never
 * throws: the change itself is already saved, so a log that could not be written is reported
 * as a warning for the screen to show, not as a failure of the change.
 */
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import type { RendererAuditAction } from '../../../shared/audit/auditEvent';
import { bridge } from '../../api';

/** Who the log names: the appraiser working the app, as the appraisal records them. */
export function appraisalActor(appraisal: Appraisal): string {
  const name = appraisal.header.appraiserName.trim();
  return name === '' ? 'Registered manager' : name.slice(0, 200);
}

export async function recordAppraisalEvent(
  appraisal: Appraisal,
  action: RendererAuditAction,
  detail: string,
): Promise<string | null> {
  try {
    await bridge().audit.record({
      action,
      entityId: appraisal.id,
      fingerprint: appraisal.sealed?.fingerprint ?? null,
      actor: appraisalActor(appraisal),
      detail: detail.slice(0, 500),
    });
    return null;
  } catch {
    return 'The change is saved, but the activity log could not be updated. If this keeps happening, restart Care Appraisals.';
  }
}
