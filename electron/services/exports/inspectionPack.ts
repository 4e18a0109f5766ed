/**
 * The inspection pack: every sealed document whose meeting date is in the range, with the
 * compliance summary, index.csv, the full records, the whole audit log and every signed PDF.
 *
 * It runs in main rather than a worker thread: the work is file reads (a few files ahead),
 * native hashing, and deflating text in zlib on the thread pool, a file at a time with turns
 * of the event loop between, so main keeps answering the window. (Measured in the bench:
 * 1,000 documents; see BENCHMARKS.md.)
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
import { indexCsv, pdfNamesOf } from './indexCsv';
import { inspectionPackReadme } from './packReadme';
import { writePack, type PackWriteOptions } from './packWriter';
import { writeRecordsJson, writeSealedPdfs } from './packRecords';
import { openKeptRecords, type KeptRecords } from './keptRecords';
import { readPackSelection } from './packSelection';
import type { CatalogueEntry } from './sealedCatalogue';
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

export async function writeInspectionPack(
  input: InspectionPackInput,
  services: PackServices,
  options: Omit<PackWriteOptions, 'kind'>,
): Promise<{ files: number; bytes: number; documents: number }> {
  const kept = await openKeptRecords(options.target);
  try {
    return await writeWith(input, services, options, kept);
  } finally {
    await kept.remove();
  }
}

async function writeWith(
  input: InspectionPackInput,
  services: PackServices,
  options: Omit<PackWriteOptions, 'kind'>,
  kept: KeptRecords,
): Promise<{ files: number; bytes: number; documents: number }> {
  const { vault, progress, audit } = services;
  const { signal } = options;
  const inRange = (entry: CatalogueEntry) => entry.meetingDate >= input.from && entry.meetingDate <= input.to;
  const selected = await readPackSelection(vault, kept, inRange, {
    signal,
    onProgress: (done, total) => progress('Reading the signed records', done, total),
  });

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
          certificate: options.identity.certificate,
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
      await writeRecordsJson(zip, kept, selected, pdfNames, (done) =>
        progress('Adding the signed records', done, total),
      ),
    );
    files.push(await writeAuditLogJson(zip, audit));
    files.push(
      ...(await writeSealedPdfs(zip, vault, selected, pdfNames, (done) =>
        progress('Adding the signed PDFs', done, total),
      )),
    );
    progress('Finishing the pack', total, total);
  });
  return { ...written, documents: selected.length };
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
