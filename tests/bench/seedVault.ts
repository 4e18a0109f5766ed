/**
 * A large home's data folder for the benchmarks, written straight through the vault and into the
 * audit log's file (not through sealing, so seeding does not dominate): `documents` signed appraisals,
 * each its own record, canonical JSON and fingerprint, sharing one real rendered PDF, with the
 * meeting dates spread over 2026 and one person per appraisal (`staff-<n>`); and any number of
 * further audit events.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { auditLogPath, openAuditLog } from '../../electron/services/audit/auditLog';
import { renderAppraisalPdf } from '../../electron/services/pdf/appraisalPdf';
import { loadPdfFonts } from '../../electron/services/pdf/pdfFonts';
import { openVault } from '../../electron/services/vault/vault';
import { appActor, registeredManagerActor } from '../../shared/audit/auditActor';
import { checkPdfSignature } from '../../electron/services/signing/pdfSignature';
import { nextAuditEvent } from '../../shared/audit/auditChain';
import type { AuditEvent } from '../../shared/audit/auditEvent';
import { documentIdOf } from '../../shared/documents/documentId';
import { documentFingerprint } from '../../shared/documents/fingerprint';
import { canonicalJson } from '../../shared/integrity/canonicalJson';
import { sha256Hex } from '../../shared/integrity/sha256';
import { fontsFolder } from '../fixtures/handlerDeps';
import { sampleDocument, sampleSeal } from '../fixtures/sampleDocument';

export async function seedVault(dataFolder: string, documents: number, now: () => Date): Promise<void> {
  const vault = openVault({ dataFolder, now });
  const first = sampleDocument();
  const pdf = await renderAppraisalPdf({
    document: first,
    seal: await sampleSeal(first),
    logo: null,
    fonts: await loadPdfFonts(fontsFolder),
  });
  const pdfSha256 = sha256Hex(pdf);
  // What each seal event records about the PDF's signature, as sealing does (the one PDF serves all).
  const { certificateSha256, signatureSha256 } = checkPdfSignature(pdf);
  if (certificateSha256 === null || signatureSha256 === null)
    throw new Error('The seeded PDF is not signed.');
  // The seal events are chained here and written as one file (a log the app would have fsynced
  // event by event); the vault's own writes run a few at a time. Both only to seed faster.
  const lines: string[] = [];
  let previous: AuditEvent | null = null;
  const writes: Promise<unknown>[] = [];
  for (let i = 0; i < documents; i += 1) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    // The sample with its own id, person and meeting (building a whole sample each time is slow).
    const appraisal = {
      ...first.appraisal,
      id: `bench-${String(i).padStart(4, '0')}`,
      staffId: `staff-${i}`,
      header: { ...first.appraisal.header, meetingDate: `2026-${month}-${day}` },
    };
    const document = { ...first, documentId: documentIdOf(appraisal), appraisal };
    const fingerprint = documentFingerprint(document);
    const sealedAt = now().toISOString();
    previous = nextAuditEvent(previous, {
      actor: appActor,
      action: 'seal',
      entityId: document.appraisal.id,
      fingerprint,
      detail: `Sealed ${document.documentId}`,
      at: sealedAt,
      facts: { kind: 'seal-signature', documentId: document.documentId, certificateSha256, signatureSha256 },
    });
    lines.push(`${canonicalJson(previous)}\n`);
    writes.push(
      vault.writeSealed({
        canonicalJson: canonicalJson(document),
        pdf,
        seal: { documentId: document.documentId, fingerprint, pdfSha256, sealedAt, auditHead: previous.hash },
      }),
    );
    if (writes.length >= 16) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
  mkdirSync(dirname(auditLogPath(dataFolder)), { recursive: true });
  writeFileSync(auditLogPath(dataFolder), lines.join(''));
}

/** `count` more events in the log: documents opened and checked, as a busy home's log fills. */
export async function appendEvents(dataFolder: string, count: number, now: () => Date): Promise<void> {
  const audit = openAuditLog({ dataFolder, now });
  for (let i = 0; i < count; i += 1)
    await audit.append({
      actor: registeredManagerActor,
      action: 'verify',
      entityId: `bench-${String(i % 1000).padStart(4, '0')}`,
      fingerprint: null,
      detail: 'Opened the document: its files are exactly as sealed.',
    });
}
