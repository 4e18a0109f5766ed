/** What the audit log records about some appraisals and documents (by id), in the log's order. Reads only. */
import type { AuditEvent } from '../../shared/audit/auditEvent';
import { bridge } from '../api';

export async function readActivity(entityIds: readonly string[]): Promise<AuditEvent[]> {
  return (await bridge().audit.list({ entityIds: [...entityIds] })).events;
}
