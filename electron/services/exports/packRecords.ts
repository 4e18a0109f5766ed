/**
 * The sealed records in a pack: records.json and the signed PDFs, as an inspection pack and a
 * subject access bundle both carry them, a few files ahead. Each PDF is checked against its
 * seal as it is read, so a PDF changed since it was sealed stops the pack.
 */
import type { Vault } from '../vault/vault';
import { pdfNameIn, type PdfNames } from './indexCsv';
import type { ManifestFile } from './packManifest';
import type { KeptRecords } from './keptRecords';
import { filesReadAhead, readAhead } from './readAhead';
import { readSealedInto, sealedFilesPool, type CatalogueEntry } from './sealedCatalogue';
import type { ZipFileWriter } from './zipFileWriter';

const recordsFormat = 'care-appraisals/sealed-records';

/**
 * records.json, written one record at a time: each record's canonical JSON goes in as it was
 * sealed (the bytes the catalogue read and checked against the seal, kept for this), beside its
 * seal details and the name of its PDF in the pack (which a check uses to pair the two). Each
 * record's framework goes in as one piece deflated once per framework text.
 */
export async function writeRecordsJson(
  zip: ZipFileWriter,
  kept: KeptRecords,
  entries: readonly CatalogueEntry[],
  pdfNames: PdfNames,
  onRecord: (done: number) => void,
): Promise<ManifestFile> {
  const stream = zip.beginDeflated('records.json');
  await stream.push(`{"format":"${recordsFormat}","formatVersion":1,"count":${entries.length},"records":[`);
  const records = readAhead(entries, filesReadAhead, async (entry) => ({
    entry,
    record: await kept.take(entry.seal.fingerprint),
  }));
  let index = 0;
  for await (const { entry, record } of records) {
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
    // The record's bytes go in as they are, between the head and the closing brace.
    await stream.push(`${index === 0 ? '' : ','}\n${head.slice(0, -1)},"document":`);
    await stream.push(record.before);
    if (record.framework !== null)
      await stream.pushDeflated(record.framework.text, await record.framework.piece());
    await stream.push(record.after);
    record.release();
    await stream.push('}');
    index += 1;
    onRecord(index);
  }
  await stream.push('\n]}\n');
  return stream.end();
}

/** Every entry's PDF, stored. */
export async function writeSealedPdfs(
  zip: ZipFileWriter,
  vault: Vault,
  entries: readonly CatalogueEntry[],
  pdfNames: PdfNames,
  onPdf: (done: number) => void,
): Promise<ManifestFile[]> {
  const files: ManifestFile[] = [];
  const pool = sealedFilesPool();
  const pdfs = readAhead(entries, filesReadAhead, async ({ seal }) => ({
    seal,
    pdf: await readSealedInto(pool, vault, seal, 'pdf'),
  }));
  for await (const { seal, pdf } of pdfs) {
    // Checked against its seal as it was read: its hash is the seal's.
    files.push(await zip.addStored(pdfNameIn(pdfNames, seal.documentId), pdf.bytes, seal.pdfSha256));
    pdf.release();
    onPdf(files.length);
  }
  return files;
}
