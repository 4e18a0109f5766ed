/**
 * The inspection pack: every sealed document whose meeting date is in the range, with the
 * compliance summary, index.csv, the full records, the whole audit log and every signed PDF.
 *
 * It runs in main rather than a worker thread: the work is file reads, hashing and deflating
 * text one file at a time, each step awaited and followed by a turn of the event loop, so main
 * keeps answering the window. (Measured in the bench: 1,000 documents; see BENCHMARKS.md.)
 *
 * A document whose record or PDF no longer matches its seal stops the pack, naming it: a pack
 * is evidence, and re-hashing an altered file into a fresh manifest would make it look sound.
 */
import { createChainVerifier } from '../../../shared/audit/auditChain';
import type { ComplianceSummary } from '../../../shared/compliance/complianceRow';
import type { AuditLog } from '../audit/auditLog';
import type { PdfFonts } from '../pdf/pdfFonts';
import type { Vault } from '../vault/vault';
import { renderComplianceSummaryPdf } from './complianceSummaryPdf';
import { throwIfCancelled } from './exportJobs';
import { indexCsv, pdfNameIn, pdfNamesOf, type PdfNames } from './indexCsv';
import { inspectionPackReadme } from './packReadme';
import { writePack, type PackWriteOptions } from './packWriter';
import { readCatalogue, readSealedDocument, readSealedPdf, type CatalogueEntry } from './sealedCatalogue';
import type { ZipFileWriter } from './zipFileWriter';
import type { ManifestFile } from './packManifest';

export type ProgressReporter = (stage: string, done: number, total: number) => void;

export interface InspectionPackInput {
  from: string;
  to: string;
  home: { name: string; address: string; cqcLocationId: string };
  logo: Uint8Array | null;
  compliance: ComplianceSummary;
  /** Who made it, by name, for the README (the audit log keeps their actor id). */
  preparedBy: string;
}

export interface PackServices {
  vault: Vault;
  audit: AuditLog;
  fonts: () => Promise<PdfFonts>;
  progress: ProgressReporter;
}

const recordsFormat = 'care-appraisals/sealed-records';

export async function writeInspectionPack(
  input: InspectionPackInput,
  services: PackServices,
  options: Omit<PackWriteOptions, 'kind'>,
): Promise<{ files: number; bytes: number; documents: number }> {
  const { vault, progress, audit } = services;
  const { signal } = options;
  const catalogue = await readCatalogue(vault, async (done, total) => {
    progress('Reading the signed records', done, total);
    throwIfCancelled(signal);
    await new Promise<void>((resolve) => setImmediate(resolve));
  });
  const selected = catalogue
    .filter((entry) => entry.meetingDate >= input.from && entry.meetingDate <= input.to)
    .sort(
      (a, b) =>
        a.meetingDate.localeCompare(b.meetingDate) || a.seal.documentId.localeCompare(b.seal.documentId),
    );

  const pdfNames = pdfNamesOf(selected);
  const written = await writePack({ ...options, kind: 'inspection-pack' }, async (zip, files) => {
    const total = selected.length;
    files.push(
      await zip.addDeflated(
        'README.txt',
        inspectionPackReadme({
          homeName: input.home.name,
          generatedAt: options.generatedAt,
          preparedBy: input.preparedBy,
          from: input.from,
          to: input.to,
          documents: total,
        }),
      ),
    );
    progress('Writing the compliance summary', 0, total);
    const summary = await renderComplianceSummaryPdf({
      home: input.home,
      logo: input.logo,
      compliance: input.compliance,
      generatedAt: options.generatedAt,
      fonts: await services.fonts(),
    });
    files.push(await zip.addStored('compliance-summary.pdf', summary));
    files.push(await zip.addDeflated('index.csv', indexCsv(selected, pdfNames)));
    files.push(
      await writeRecordsJson(zip, vault, selected, pdfNames, (done) =>
        progress('Adding the signed records', done, total),
      ),
    );
    files.push(await writeAuditLogJson(zip, audit));
    for (const [index, entry] of selected.entries()) {
      // One PDF in memory at a time.
      files.push(
        await zip.addStored(
          pdfNameIn(pdfNames, entry.seal.documentId),
          await readSealedPdf(vault, entry.seal),
        ),
      );
      progress('Adding the signed PDFs', index + 1, total);
    }
    progress('Finishing the pack', total, total);
  });
  return { ...written, documents: selected.length };
}

/**
 * records.json, written one record at a time: each record's canonical JSON goes in as it was
 * sealed (re-checked against its fingerprint as it is read), beside its seal details and the
 * name of its PDF in the pack (which a check uses to pair the two).
 */
export async function writeRecordsJson(
  zip: ZipFileWriter,
  vault: Vault,
  entries: readonly CatalogueEntry[],
  pdfNames: PdfNames,
  onRecord: (done: number) => void,
): Promise<ManifestFile> {
  const stream = zip.beginDeflated('records.json');
  await stream.push(`{"format":"${recordsFormat}","formatVersion":1,"count":${entries.length},"records":[`);
  for (const [index, entry] of entries.entries()) {
    const { text } = await readSealedDocument(vault, entry.seal);
    const { documentId, fingerprint, pdfSha256, sealedAt, auditHead } = entry.seal;
    const head = JSON.stringify({
      documentId,
      status: entry.status,
      fingerprint,
      pdfSha256,
      sealedAt,
      auditHead,
      pdfFile: pdfNameIn(pdfNames, documentId),
    });
    await stream.push(`${index === 0 ? '' : ','}\n${head.slice(0, -1)},"document":${text}}`);
    onRecord(index + 1);
  }
  await stream.push('\n]}\n');
  return stream.end();
}

/**
 * audit-log.json: the whole chain with the result of checking it now, one event per line (as
 * records.json), checked and written a step at a time so a long log never holds main.
 */
async function writeAuditLogJson(zip: ZipFileWriter, audit: AuditLog): Promise<ManifestFile> {
  // One read, checked here, so the events, the head and the check all describe the same log.
  const events = await audit.readAll();
  const verifier = createChainVerifier();
  for (const [index, raw] of events.entries()) {
    verifier.next(raw, index + 1);
    if (index % 1000 === 999) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const check = verifier.result();
  const stream = zip.beginDeflated('audit-log.json');
  const header = JSON.stringify({
    format: 'care-appraisals/audit-log',
    formatVersion: 1,
    head: check.head,
    count: events.length,
    checked: { intact: check.intact, problems: check.problems },
  });
  await stream.push(`${header.slice(0, -1)},"events":[`);
  let batch = '';
  for (const [index, event] of events.entries()) {
    batch += `${index === 0 ? '' : ','}\n${JSON.stringify(event)}`;
    if (index % 500 === 499) {
      await stream.push(batch);
      batch = '';
    }
  }
  await stream.push(`${batch}\n]}\n`);
  return stream.end();
}
