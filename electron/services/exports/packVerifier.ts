/**
 * Checks a pack on its own (never against the vault: an inspector's copy must stand alone):
 * every file against manifest.json (altered, missing, extra), every record in records.json
 * against its own fingerprint and against index.csv, every PDF against the hash in its record,
 * and the audit log's chain. Each problem is a sentence naming the file.
 */
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { hashOfEvent, verifyAuditChain } from '../../../shared/audit/auditChain';
import { auditEventSchema } from '../../../shared/audit/auditEvent';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import { appraisalDocumentSchema } from '../../../shared/documents/appraisalDocument';
import type { PackCheck } from '../../../shared/exports/exportJob';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { manifestFileName, packManifestSchema } from './packManifest';

export class NotAPackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAPackError';
  }
}

type CheckedPack = Extract<PackCheck, { chosen: true }>;

export function verifyPack(fileName: string, zipBytes: Uint8Array): CheckedPack {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zipBytes);
  } catch {
    throw new NotAPackError(`${fileName} is not a ZIP file, or it is damaged, so it cannot be checked.`);
  }
  const manifestBytes = entries[manifestFileName];
  if (manifestBytes === undefined)
    throw new NotAPackError(
      `${fileName} has no manifest.json, so it is not a pack made by Care Appraisals and cannot be checked.`,
    );
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(new TextDecoder().decode(manifestBytes));
  } catch {
    manifestJson = null;
  }
  const manifest = packManifestSchema.safeParse(manifestJson);
  if (!manifest.success)
    throw new NotAPackError(
      `The manifest.json in ${fileName} cannot be read, so the pack cannot be checked.`,
    );

  const problems: string[] = [];
  const files: CheckedPack['files'] = [];
  const listed = new Set<string>();
  for (const file of manifest.data.files) {
    listed.add(file.name);
    const bytes = entries[file.name];
    if (bytes === undefined) {
      files.push({ name: file.name, status: 'missing' });
      problems.push(`${file.name} is missing from the pack.`);
    } else if (sha256Hex(bytes) !== file.sha256 || bytes.byteLength !== file.bytes) {
      files.push({ name: file.name, status: 'altered' });
      problems.push(`${file.name} was changed after the pack was made.`);
    } else files.push({ name: file.name, status: 'ok' });
  }
  for (const name of Object.keys(entries).sort()) {
    if (name === manifestFileName || listed.has(name) || name.endsWith('/')) continue;
    files.push({ name, status: 'extra' });
    problems.push(`${name} was added to the pack after it was made (it is not in the manifest).`);
  }

  problems.push(...checkRecords(entries));
  const auditChain = checkAudit(entries, manifest.data.kind);
  return {
    chosen: true,
    fileName,
    intact: problems.length === 0 && auditChain.intact,
    files,
    problems,
    auditChain,
  };
}

function readJson(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

/** Each record against its own fingerprint, index.csv and its PDF's hash. */
function checkRecords(entries: Record<string, Uint8Array>): string[] {
  const raw = readJson(entries['records.json']);
  if (raw === undefined) return [];
  const list = z.object({ records: z.array(z.unknown()) }).safeParse(raw);
  if (!list.success) return ['records.json cannot be read as a list of records.'];
  const records = list.data.records;
  const problems: string[] = [];
  const indexText =
    entries['index.csv'] === undefined ? null : new TextDecoder().decode(entries['index.csv']);
  for (const [index, item] of records.entries()) {
    const record = item as {
      documentId?: unknown;
      fingerprint?: unknown;
      pdfSha256?: unknown;
      pdfFile?: unknown;
      document?: unknown;
    };
    const label =
      typeof record.documentId === 'string' ? `Record ${record.documentId}` : `Record ${index + 1}`;
    const parsed = appraisalDocumentSchema.safeParse(record.document);
    if (!parsed.success) {
      problems.push(`${label} in records.json is not a complete appraisal record, so it was changed.`);
      continue;
    }
    if (documentFingerprint(parsed.data) !== record.fingerprint)
      problems.push(`${label} in records.json was changed: it no longer matches its fingerprint.`);
    if (
      indexText !== null &&
      typeof record.fingerprint === 'string' &&
      !indexText.includes(record.fingerprint)
    )
      problems.push(`${label}'s fingerprint is not in index.csv, so one of the two was changed.`);
    const pdf = typeof record.pdfFile === 'string' ? entries[record.pdfFile] : undefined;
    if (pdf !== undefined && sha256Hex(pdf) !== record.pdfSha256)
      problems.push(`${String(record.pdfFile)} is not the PDF sealed for ${label.toLowerCase()}.`);
  }
  return problems;
}

function checkAudit(entries: Record<string, Uint8Array>, kind: string): CheckedPack['auditChain'] {
  if (kind === 'subject-access') {
    // A bundle holds one person's events only: each event's own hash is checked, not the links.
    const events = (readJson(entries['audit-events.json']) as { events?: unknown } | null | undefined)
      ?.events;
    if (!Array.isArray(events))
      return { intact: false, problems: ['audit-events.json cannot be read.'], count: 0 };
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
  const events = (readJson(entries['audit-log.json']) as { events?: unknown } | null | undefined)?.events;
  if (!Array.isArray(events))
    return {
      intact: false,
      problems: ['audit-log.json is missing or cannot be read, so the audit chain cannot be checked.'],
      count: 0,
    };
  const check = verifyAuditChain(events);
  return {
    intact: check.intact,
    problems: check.problems.map((problem) => `audit-log.json: ${problem}`),
    count: check.count,
  };
}
