/**
 * The PDF bytes of a document, as main hands them out to print, copy or open: a sealed one only
 * while it is exactly as sealed, a draft (printed for signing on paper) as last rendered.
 */
import { readFile } from 'node:fs/promises';
import type { DocumentKind } from '../../shared/ipc';
import type { Vault } from '../services/vault/vault';
import { UserFacingError } from './userFacingError';

export async function documentPdf(
  vault: Vault,
  documentId: string,
  kind: DocumentKind,
): Promise<{ path: string; bytes: Buffer }> {
  if (kind === 'draft') {
    const path = vault.draftPdfPath(documentId);
    try {
      return { path, bytes: await readFile(path) };
    } catch {
      throw new UserFacingError(
        'The draft PDF for this appraisal was not found. Make the draft again, then print it.',
      );
    }
  }
  const check = await vault.check(documentId, null);
  if (check.status !== 'intact' || check.pdfPath === null || check.pdf === null)
    throw new UserFacingError(`This signed appraisal cannot be used: ${check.problems.join(' ')}`);
  // The bytes the check hashed, not a second read that could differ from them.
  return { path: check.pdfPath, bytes: check.pdf };
}

/** The appraisal a document id belongs to: `<appraisalId>-v<version>`. */
export function appraisalIdOf(documentId: string): string {
  return documentId.replace(/-v[0-9]+$/, '');
}
