/**
 * Who the audit log names for what the renderer asks main to do: ids, never names (the log
 * outlives a leaver's records). The screens turn them back into names from the register.
 */
import { appraiserActor, registeredManagerActor, type ActorRef } from '../../shared/audit/auditActor';

/** Home-wide work (packs, checks, settings, leavers, destroying) is the registered manager's. */
export const homeActor: ActorRef = registeredManagerActor;

/** Work on one appraisal is its appraiser's, as that appraisal names them. */
export function appraisalActor(appraisal: { id: string }): ActorRef {
  return appraiserActor(appraisal.id);
}
