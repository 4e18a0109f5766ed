/**
 * The audit:* channels: record what the renderer witnessed (create, sign, amend…), list a
 * record's events, and check the whole chain (which is itself recorded).
 */
import type { AuditLog } from '../services/audit/auditLog';
import type { Handlers } from './createHandlers';

type AuditChannel = 'audit:record' | 'audit:list' | 'audit:verify';

/** The entity a whole-log check is recorded against. */
export const auditLogEntityId = 'audit-log';

export function createAuditHandlers(audit: AuditLog): Pick<Handlers, AuditChannel> {
  return {
    'audit:record': async (request) => {
      const event = await audit.append(request);
      return { seq: event.seq, hash: event.hash };
    },
    'audit:list': async ({ entityIds }) => ({ events: await audit.list(entityIds) }),
    'audit:verify': async ({ actor }) => {
      const check = await audit.verify();
      const outcome = check.intact
        ? `all ${check.count} events are intact.`
        : `${check.problems.length} ${check.problems.length === 1 ? 'problem' : 'problems'} found. ${check.problems.join(' ')}`;
      await audit.append({
        actor,
        action: 'verify',
        entityId: auditLogEntityId,
        fingerprint: null,
        detail: `Checked the audit log: ${outcome}`.slice(0, 500),
      });
      // The answer describes the log as it was checked, before this check was recorded.
      return check;
    },
  };
}
