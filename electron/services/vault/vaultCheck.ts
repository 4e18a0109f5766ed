/**
 * Re-checks a sealed document's files: the JSON's SHA-256 must be its fingerprint (the name,
 * the seal record and the one the app expects all agree), and the PDF's SHA-256 must be the
 * one recorded when it was sealed. Each problem is said in plain English for the manager.
 */
import { readFile } from 'node:fs/promises';
import type { DocumentIntegrity } from '../../../shared/ipc';
import { sha256Hex } from '../nativeSha256';
import type { SealRecord, VaultFiles } from './vaultTypes';

export interface SealedFilesCheck extends DocumentIntegrity {
  /** SHA-256 of the record file as it is now; null when it is missing. */
  fingerprint: string | null;
  /** The PDF to show, altered or not (the manager may need to see it); null when missing. */
  pdfPath: string | null;
  /** SHA-256 of the PDF as it is now. */
  pdfSha256: string | null;
  /** The PDF's bytes as they were hashed, so what is printed or shown is what was checked. */
  pdf: Buffer | null;
}

/** What the check is given: the document's files grouped by fingerprint, and their seal records. */
export interface SealedFilesCheckInput {
  documentId: string;
  expectedFingerprint: string | null;
  groups: ReadonlyMap<string, VaultFiles>;
  seals: ReadonlyMap<string, SealRecord | null>;
}

async function bytesOf(path: string | undefined): Promise<Buffer | null> {
  if (path === undefined) return null;
  try {
    return await readFile(path);
  } catch {
    return null;
  }
}

async function hashOf(path: string | undefined): Promise<string | null> {
  const bytes = await bytesOf(path);
  return bytes === null ? null : sha256Hex(bytes);
}

export async function checkSealedFiles(input: SealedFilesCheckInput): Promise<SealedFilesCheck> {
  const { documentId, expectedFingerprint, groups } = input;
  const missing: string[] = [];
  const altered: string[] = [];
  const prefix = expectedFingerprint?.slice(0, 16) ?? (groups.size === 1 ? [...groups.keys()][0] : undefined);
  if (groups.size > 1)
    altered.push(
      `There is more than one sealed copy of document ${documentId} in the vault; only one should exist, so a file was added or renamed.`,
    );
  const files = prefix === undefined ? undefined : groups.get(prefix);
  if (files === undefined) {
    const problem =
      groups.size === 0
        ? `The sealed files for document ${documentId} are missing from the vault (they may have been moved or deleted).`
        : `The vault holds document ${documentId} with a different fingerprint from the one it was sealed with, so its files were replaced.`;
    return {
      status: groups.size === 0 ? 'missing' : 'altered',
      problems: groups.size === 1 ? [problem] : [...altered, problem],
      fingerprint: null,
      pdfPath: null,
      pdfSha256: null,
      pdf: null,
    };
  }
  const seal = prefix === undefined ? null : (input.seals.get(prefix) ?? null);

  const fingerprint = await hashOf(files.json);
  if (fingerprint === null) {
    missing.push(`The record file for document ${documentId} is missing from the vault.`);
  } else if (
    (expectedFingerprint !== null && fingerprint !== expectedFingerprint) ||
    !fingerprint.startsWith(prefix ?? '') ||
    (seal !== null && seal.fingerprint !== fingerprint)
  ) {
    altered.push(
      `The record file for document ${documentId} was changed after it was sealed: its fingerprint no longer matches.`,
    );
  }

  if (seal === null) {
    if (files['seal.json'] === undefined)
      missing.push(`The seal record for document ${documentId} is missing, so its PDF cannot be checked.`);
    else altered.push(`The seal record for document ${documentId} was changed and can no longer be read.`);
  } else if (expectedFingerprint !== null && seal.fingerprint !== expectedFingerprint) {
    altered.push(
      `The seal record for document ${documentId} does not name the fingerprint this appraisal was sealed with.`,
    );
  }

  const pdf = await bytesOf(files.pdf);
  const pdfSha256 = pdf === null ? null : sha256Hex(pdf);
  if (pdfSha256 === null) {
    missing.push(`The PDF file for document ${documentId} is missing from the vault.`);
  } else if (seal !== null && pdfSha256 !== seal.pdfSha256) {
    altered.push(
      `The PDF file for document ${documentId} was changed after it was sealed, so it may not show what was signed.`,
    );
  }

  const problems = [...altered, ...missing];
  return {
    status: altered.length > 0 ? 'altered' : missing.length > 0 ? 'missing' : 'intact',
    problems,
    fingerprint,
    pdfPath: pdfSha256 === null ? null : (files.pdf ?? null),
    pdfSha256,
    pdf,
  };
}
