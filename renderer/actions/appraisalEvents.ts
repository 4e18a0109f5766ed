/**
 * Tells main's audit log what happened to an appraisal in the working store. Called AFTER the
 * Dexie write has committed (never inside a transaction), and never throws: the change is
 * already saved, so a log that could not be written is a warning for the screen, not a failure.
 */
import type { ActorRef } from '../../shared/audit/auditActor';
import type { AppraisalEvent } from '../../shared/ipcFields';
import { bridge } from '../api';
import { appraisalActor } from './actors';

const notLoggedWarning =
  'The change is saved, but the activity log could not be updated. If this keeps happening, restart Care Appraisals.';

/** `actor`: who did it; the appraisal's appraiser unless someone else did (the appraisee signing). */
export async function recordAppraisalEvent(
  event: AppraisalEvent,
  actor: ActorRef = appraisalActor({ id: event.appraisalId }),
): Promise<string | null> {
  try {
    await bridge().audit.record({ event, actor });
    return null;
  } catch {
    return notLoggedWarning;
  }
}
