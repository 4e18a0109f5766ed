/**
 * Logging something that has already happened (a file saved, a page printed): if the log then
 * fails, the manager is told it was done but not logged, never "nothing was changed".
 */
import type { AuditAppendInput } from '../../shared/audit/auditEvent';
import type { AuditLog } from '../services/audit/auditLog';

export const notLoggedWarning =
  'It was done, but the activity log could not record it. If this keeps happening, restart Care Appraisals.';

export async function logAfterTheFact(audit: AuditLog, input: AuditAppendInput): Promise<string | null> {
  try {
    await audit.append(input);
    return null;
  } catch {
    return notLoggedWarning;
  }
}
