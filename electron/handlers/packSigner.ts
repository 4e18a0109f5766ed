/**
 * Whether a pack's signer is this home: a signature that verifies only shows the pack is as its
 * signer left it, and anyone can make a certificate in the home's name. Main knows every
 * certificate the home has signed with, because each was logged when it was made or imported
 * (the log survives a new PC through the backups, where the key itself does not).
 */
import type { AuditEvent } from '../../shared/audit/auditEvent';
import { groupedFingerprint } from '../../shared/documentSigning/certificateSummary';
import type { PackCheck } from '../../shared/exports/exportJob';

type CheckedPack = Extract<PackCheck, { chosen: true }>;

/** The SHA-256 of every certificate the audit log says this home has signed with. */
export function homeCertificates(factEvents: readonly AuditEvent[]): Set<string> {
  const fingerprints = new Set<string>();
  for (const { facts } of factEvents)
    if (facts?.kind === 'signing-key') fingerprints.add(facts.certificateSha256);
  return fingerprints;
}

/** The check, failed and saying why, when its valid signature is not by one of the home's certificates. */
export function judgePackSigner(check: CheckedPack, known: ReadonlySet<string>): CheckedPack {
  const { signature } = check;
  if (
    signature.status !== 'valid' ||
    signature.signedBy === null ||
    known.has(signature.signedBy.fingerprint)
  )
    return check;
  const problem = `The pack's signature holds, but it was made with a certificate this home has never used (SHA-256 ${groupedFingerprint(signature.signedBy.fingerprint).slice(0, 19)} …), so the pack cannot be shown to come from this home: it may have been changed and signed again by someone else.`;
  return {
    ...check,
    intact: false,
    signature: { ...signature, status: 'unknown-signer', problem },
    problems: [problem, ...check.problems],
  };
}
