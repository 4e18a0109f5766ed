/**
 * Tells main's audit log what happened to an appraisal in the working store. Called AFTER the
 * Dexie write has committed (never inside a transaction), and never throws: the change is
 * already saved, so a log that could not be written is a warning for the screen, not a failure.
 */
import type { AppraisalEvent } from '../../shared/ipcFields';
import { bridge } from '../api';
import { appraisalActor } from './actors';

const notLoggedWarning =
  'The change is saved, but the activity log could not be updated. If this keeps happening, restart Care Appraisals.';

export async function recordAppraisalEvent(event: AppraisalEvent): Promise<string | null> {
  try {
    await bridge().audit.record({ event, actor: appraisalActor({ id: event.appraisalId }) });
    return null;
  } catch {
    return notLoggedWarning;
  }
}
