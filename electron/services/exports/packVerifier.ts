/**
 * Checks a pack on its own (never against the vault: an inspector's copy must stand alone):
 * manifest.json against its signature (manifest.json.p7s, naming the certificate that signed
 * it), every file against manifest.json (altered, missing, extra), every record in records.json
 * against its own fingerprint and against index.csv, every PDF against the hash in its record,
 * and the audit log's chain. Each problem is a sentence naming the file as people would: a record
 * PDF by the person, meeting date and version, as the pack itself records them (packFileLabels).
 *
 * It works in steps: the ZIP is read an entry at a time (zipReader.ts), PDFs are only hashed,
 * records and events are read a line at a time, and the event loop gets a turn every few
 * records, so checking a pack of thousands of appraisals never holds main for long.
 */
import { z } from 'zod';
import { createChainVerifier, hashOfEvent } from '../../../shared/audit/auditChain';
import { auditEventSchema } from '../../../shared/audit/auditEvent';
import { appraisalDocumentSchema } from '../../../shared/documents/appraisalDocument';
import type { PackCheck } from '../../../shared/exports/exportJob';
import { canonicalJson } from '../../../shared/integrity/canonicalJson';
import { checkManifestSignature, signatureFileName } from './manifestSignature';
import { fileProblem, recordLabel, recordPdfLabels } from './packFileLabels';
import { manifestFileName, packManifestSchema } from './packManifest';
import { jsonArrayItems } from './packJsonLines';
import { NotAZipError, openZipReader, sha256InSteps, sha256Of, type ZipReader } from './zipReader';

export class NotAPackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAPackError';
  }
}

type CheckedPack = Extract<PackCheck, { chosen: true }>;

/** Files whose text the checks read; every other file is only hashed. */
const readFiles = new Set(['records.json', 'index.csv', 'audit-log.json', 'audit-events.json']);

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function verifyPackFile(fileName: string, path: string): Promise<CheckedPack> {
  let zip: ZipReader;
  try {
    zip = await openZipReader(path);
  } catch (error) {
    if (error instanceof NotAZipError)
      throw new NotAPackError(`${fileName} is not a ZIP file, or it is damaged, so it cannot be checked.`);
    throw error;
  }
  try {
    return await check(fileName, zip);
  } catch (error) {
    if (error instanceof NotAZipError)
      throw new NotAPackError(`${fileName} is damaged (${error.message}), so it cannot be checked.`);
    throw error;
  } finally {
    await zip.close();
  }
}

async function check(fileName: string, zip: ZipReader): Promise<CheckedPack> {
  const byName = new Map(zip.entries.map((entry) => [entry.name, entry]));
  const manifestEntry = byName.get(manifestFileName);
  if (manifestEntry === undefined)
    throw new NotAPackError(
      `${fileName} has no manifest.json, so it is not a pack made by Care Appraisals and cannot be checked.`,
    );
  const manifestBytes = await zip.read(manifestEntry);
  const manifest = packManifestSchema.safeParse(parseJson(manifestBytes.toString('utf8')));
  if (!manifest.success)
    throw new NotAPackError(
      `The manifest.json in ${fileName} cannot be read, so the pack cannot be checked.`,
    );
  // The manifest's exact bytes, as signed: a manifest re-hashed after the pack was made fails here.
  const signatureEntry = byName.get(signatureFileName);
  const signature = checkManifestSignature(
    signatureEntry === undefined ? undefined : await zip.read(signatureEntry),
    manifestBytes,
  );

  const files: CheckedPack['files'] = [];
  const hashes = new Map<string, string>();
  const texts = new Map<string, Buffer>();
  const listed = new Set<string>();
  for (const file of manifest.data.files) {
    listed.add(file.name);
    const entry = byName.get(file.name);
    if (entry === undefined) {
      files.push({ name: file.name, status: 'missing' });
      continue;
    }
    const bytes = await zip.read(entry);
    const sha256 = await sha256InSteps(bytes);
    hashes.set(file.name, sha256);
    if (readFiles.has(file.name)) texts.set(file.name, bytes);
    const intact = sha256 === file.sha256 && bytes.byteLength === file.bytes;
    files.push({ name: file.name, status: intact ? 'ok' : 'altered' });
    await turn();
  }
  for (const name of [...byName.keys()].sort()) {
    // The manifest and its signature are the two files the manifest cannot list.
    if (name === manifestFileName || name === signatureFileName || listed.has(name) || name.endsWith('/'))
      continue;
    files.push({ name, status: 'extra' });
  }

  // The sentences are written once every file is read, so each can name its record.
  const recordsBytes = texts.get('records.json');
  const records = recordsBytes === undefined ? null : await jsonArrayItems(recordsBytes, 'records');
  const indexText = texts.get('index.csv')?.toString('utf8') ?? null;
  const statuses = new Map(files.map((file) => [file.name, file.status]));
  const statusOf = (name: string) => statuses.get(name);
  const pdfLabels = recordPdfLabels({
    records,
    recordsIntact: statusOf('records.json') === 'ok',
    indexText,
    indexIntact: statusOf('index.csv') === 'ok',
  });
  const problems = [
    // First: without a signature that holds, nothing else in the pack can be shown to be the home's.
    ...(signature.problem === null ? [] : [signature.problem]),
    ...files.flatMap(({ name, status }) => (status === 'ok' ? [] : [fileProblem(name, status, pdfLabels)])),
  ];
  if (recordsBytes !== undefined && records === null)
    problems.push('The file of signed records (records.json) cannot be read as a list of records.');
  if (records !== null) problems.push(...(await checkRecords(records, indexText, hashes, statusOf)));
  const auditChain = await checkAudit(texts, manifest.data.kind);
  return {
    chosen: true,
    fileName,
    intact: signature.status === 'valid' && problems.length === 0 && auditChain.intact,
    files,
    problems,
    auditChain,
    signature,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Whatever each field holds; the checks below say what is wrong with it. */
const recordSchema = z
  .object({
    documentId: z.unknown(),
    fingerprint: z.unknown(),
    pdfSha256: z.unknown(),
    pdfFile: z.unknown(),
    document: z.unknown(),
  })
  .partial();

/** Each record against its own fingerprint, index.csv and its PDF's hash. */
async function checkRecords(
  records: readonly unknown[],
  indexText: string | null,
  hashes: Map<string, string>,
  statusOf: (name: string) => CheckedPack['files'][number]['status'] | undefined,
): Promise<string[]> {
  const problems: string[] = [];
  for (const [index, item] of records.entries()) {
    const record = recordSchema.safeParse(item);
    const fields: z.infer<typeof recordSchema> = record.success ? record.data : {};
    const label = recordLabel(item) ?? `Record ${index + 1} in records.json (no name can be read)`;
    const parsed = appraisalDocumentSchema.safeParse(fields.document);
    if (!parsed.success) {
      problems.push(`${label}: the signed record in records.json is incomplete, so it was changed.`);
      continue;
    }
    if (sha256Of(Buffer.from(canonicalJson(parsed.data), 'utf8')) !== fields.fingerprint)
      problems.push(
        `${label}: the signed record in records.json was changed (it no longer matches its fingerprint).`,
      );
    if (
      indexText !== null &&
      typeof fields.fingerprint === 'string' &&
      !indexText.includes(fields.fingerprint)
    )
      problems.push(
        `${label}: its fingerprint is not in the index of records (index.csv), so one of the two was changed.`,
      );
    const pdfFile = typeof fields.pdfFile === 'string' ? fields.pdfFile : null;
    const pdfHash = pdfFile === null ? undefined : hashes.get(pdfFile);
    // A PDF already named as changed since the pack was made is not named twice.
    if (
      pdfFile !== null &&
      pdfHash !== undefined &&
      pdfHash !== fields.pdfSha256 &&
      statusOf(pdfFile) === 'ok'
    )
      problems.push(`${label}: the PDF in the pack is not the one that was sealed (${pdfFile}).`);
    if (index % 20 === 19) await turn();
  }
  return problems;
}

async function checkAudit(texts: Map<string, Buffer>, kind: string): Promise<CheckedPack['auditChain']> {
  if (kind === 'subject-access') {
    // A bundle holds one person's events only: each event's own hash is checked, not the links.
    const events = await jsonArrayItems(texts.get('audit-events.json') ?? Buffer.alloc(0), 'events');
    if (events === null) return { intact: false, problems: ['audit-events.json cannot be read.'], count: 0 };
    const problems = events.flatMap((raw, index) => {
      const parsed = auditEventSchema.safeParse(raw);
      if (parsed.success) {
        const { hash, ...unhashed } = parsed.data;
        if (hashOfEvent(unhashed) === hash) return [];
      }
      return [`Event ${index + 1} in audit-events.json was changed after it was logged.`];
    });
    return { intact: problems.length === 0, problems, count: events.length };
  }
  const events = await jsonArrayItems(texts.get('audit-log.json') ?? Buffer.alloc(0), 'events');
  if (events === null)
    return {
      intact: false,
      problems: ['audit-log.json is missing or cannot be read, so the audit chain cannot be checked.'],
      count: 0,
    };
  const verifier = createChainVerifier();
  for (const [index, raw] of events.entries()) {
    verifier.next(raw, index + 1);
    if (index % 1000 === 999) await turn();
  }
  const result = verifier.result();
  return {
    intact: result.intact,
    problems: result.problems.map((problem) => `audit-log.json: ${problem}`),
    count: result.count,
  };
}
