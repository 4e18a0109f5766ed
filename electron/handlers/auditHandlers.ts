/**
 * The audit:* channels: record what the renderer witnessed (create, sign, amend…), list a
 * record's events, and check the whole chain (which is itself recorded).
 */
import type { AppraisalEvent } from '../../shared/ipcFields';
import type { Handlers } from './handlerTypes';
import type { DocumentServices } from './handlerTypes';
import { countOf } from '../../shared/text/countOf';
import { auditSealSignatures } from './sealSignatureAudit';

type AuditChannel = 'audit:record' | 'audit:list' | 'audit:verify';

/** The entity a whole-log check is recorded against. */
const auditLogEntityId = 'audit-log';

const signingMethodWords = {
  drawn: 'on screen',
  typed: 'by typing their name',
  paper: 'on paper',
} as const;

/** Main words each event itself, from ids and fixed choices: no name or free text reaches the log. */
function appraisalEventDetail(event: AppraisalEvent): string {
  switch (event.action) {
    case 'create':
      return event.version === 1 ? 'Appraisal started.' : `Version ${event.version} started.`;
    case 'sign':
      return `The ${event.party === 'appraisee' ? 'member of staff' : 'appraiser'} signed ${signingMethodWords[event.method]}.`;
    case 'unsign':
      return event.removed === 'both'
        ? 'Both signatures were removed to correct the record.'
        : "The member of staff's signature was removed so the record could be changed.";
    case 'amend':
      return `Version ${event.version} started as an amendment of document ${event.supersedesDocumentId}.`;
    case 'discard':
      return 'The draft was discarded.';
  }
}

export function createAuditHandlers({ vault, audit }: DocumentServices): Pick<Handlers, AuditChannel> {
  return {
    'audit:record': async ({ event, actor }) => {
      // An amendment names the sealed version it replaces by that version's fingerprint.
      const fingerprint =
        event.action === 'amend'
          ? ((await vault.readSeal(event.supersedesDocumentId))?.fingerprint ?? null)
          : null;
      const written = await audit.append({
        actor,
        action: event.action,
        entityId: event.appraisalId,
        fingerprint,
        detail: appraisalEventDetail(event),
      });
      return { seq: written.seq, hash: written.hash };
    },
    'audit:list': async ({ entityIds }) => ({ events: await audit.list(entityIds) }),
    'audit:verify': async ({ actor }) => {
      const chain = await audit.verify();
      const signatures = await auditSealSignatures(vault, await audit.factEvents());
      const check = {
        ...chain,
        signaturesChecked: signatures.checked,
        signatureProblems: signatures.problems,
      };
      const signed = `${countOf(signatures.checked, 'document signature', 'document signatures')} checked`;
      const chainOutcome = chain.intact
        ? `all ${countOf(chain.count, 'event is', 'events are')} intact`
        : `${countOf(chain.problems.length, 'problem', 'problems')} found. ${chain.problems.join(' ')}`;
      const signatureOutcome =
        signatures.checked === 0
          ? 'no signed documents to check.'
          : signatures.problems.length === 0
            ? `${signed}, all valid.`
            : `${signed}, ${countOf(signatures.problems.length, 'does', 'do')} not verify. ${signatures.problems.join(' ')}`;
      const outcome = `${chainOutcome}; ${signatureOutcome}`;
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
