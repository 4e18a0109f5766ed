/**
 * A large home's data folder for the benchmarks, written straight through the vault and the
 * audit log (not through sealing, so seeding does not dominate): `documents` signed appraisals,
 * each its own record, canonical JSON and fingerprint, sharing one real rendered PDF, with the
 * meeting dates spread over 2026 and one person per appraisal (`staff-<n>`); and any number of
 * further audit events.
 */
import { openAuditLog } from '../../electron/services/audit/auditLog';
import { renderAppraisalPdf } from '../../electron/services/pdf/appraisalPdf';
import { loadPdfFonts } from '../../electron/services/pdf/pdfFonts';
import { openVault } from '../../electron/services/vault/vault';
import { appActor, registeredManagerActor } from '../../shared/audit/auditActor';
import { documentFingerprint } from '../../shared/documents/fingerprint';
import { canonicalJson } from '../../shared/integrity/canonicalJson';
import { sha256Hex } from '../../shared/integrity/sha256';
import { fontsFolder } from '../fixtures/handlerDeps';
import { sampleDocument, sampleSeal } from '../fixtures/sampleDocument';

export async function seedVault(dataFolder: string, documents: number, now: () => Date): Promise<void> {
  const vault = openVault({ dataFolder, now });
  const audit = openAuditLog({ dataFolder, now });
  const first = sampleDocument();
  const pdf = await renderAppraisalPdf({
    document: first,
    seal: sampleSeal(first),
    logo: null,
    fonts: await loadPdfFonts(fontsFolder),
  });
  const pdfSha256 = sha256Hex(pdf);
  for (let i = 0; i < documents; i += 1) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const document = sampleDocument({
      appraisal: {
        id: `bench-${String(i).padStart(4, '0')}`,
        staffId: `staff-${i}`,
        header: { ...first.appraisal.header, meetingDate: `2026-${month}-${day}` },
      },
    });
    const fingerprint = documentFingerprint(document);
    const event = await audit.append({
      actor: appActor,
      action: 'seal',
      entityId: document.appraisal.id,
      fingerprint,
      detail: `Sealed ${document.documentId}`,
    });
    await vault.writeSealed({
      canonicalJson: canonicalJson(document),
      pdf,
      seal: {
        documentId: document.documentId,
        fingerprint,
        pdfSha256,
        sealedAt: now().toISOString(),
        auditHead: event.hash,
      },
    });
  }
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
