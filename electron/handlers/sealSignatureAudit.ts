/**
 * The audit check's second half: every seal event that recorded its PDF's signature is checked
 * against the PDF in the vault now, so a document re-signed, stripped or altered after sealing is
 * named by the event that sealed it. Destroyed documents are passed over (their destruction is
 * itself in the log).
 */
import type { AuditEvent } from '../../shared/audit/auditEvent';
import type { SealRecord, Vault } from '../services/vault/vault';
import { judgeSealSignature } from './sealSignature';

/** Documents read at once: enough to overlap the disk with the hashing, few enough to stay small. */
const batchSize = 8;

export interface SealSignatureAudit {
  checked: number;
  problems: string[];
}

async function problemOf(
  vault: Vault,
  seals: ReadonlyMap<string, SealRecord>,
  event: AuditEvent,
): Promise<string | null> {
  const { facts } = event;
  if (facts?.kind !== 'seal-signature') return null;
  const { documentId } = facts;
  const where = `Event ${event.seq} (the seal of document ${documentId})`;
  const seal = seals.get(documentId);
  if (seal === undefined)
    return `${where}: the sealed document is no longer in the vault, so its signature cannot be checked.`;
  let pdf: Uint8Array;
  try {
    pdf = await vault.readSealedFile(seal, 'pdf');
  } catch {
    return `${where}: its PDF is missing from the vault, so its signature cannot be checked.`;
  }
  const judged = judgeSealSignature(pdf, facts);
  return judged.status === 'valid'
    ? null
    : `${where}: its digital signature no longer verifies. ${judged.problem ?? ''}`.trim();
}

export async function auditSealSignatures(
  vault: Vault,
  factEvents: readonly AuditEvent[],
): Promise<SealSignatureAudit> {
  const sealEvents: AuditEvent[] = [];
  for (const event of factEvents) {
    if (event.action !== 'seal' || event.facts?.kind !== 'seal-signature') continue;
    if (await vault.isDestroyed(event.facts.documentId)) continue;
    sealEvents.push(event);
  }
  // One listing of the vault's seal records, not one per document (each lists the whole folder).
  const seals = new Map((await vault.listSealed()).map((seal) => [seal.documentId, seal]));
  const problems: string[] = [];
  for (let start = 0; start < sealEvents.length; start += batchSize) {
    const found = await Promise.all(
      sealEvents.slice(start, start + batchSize).map((event) => problemOf(vault, seals, event)),
    );
    for (const problem of found) if (problem !== null) problems.push(problem);
  }
  return { checked: sealEvents.length, problems };
}
