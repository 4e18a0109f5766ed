/**
 * File names in the vault: `<documentId>.<first 16 hex of the fingerprint>.<kind>`, e.g.
 * `3f2c9a-v2.9c41e07b5d2a11f3.pdf`. A document id has no dots and the fingerprint part is
 * fixed hex, so a name splits back into its parts without ambiguity and can never hold a path.
 */
import { isDocumentId } from '../../../shared/documents/documentId';

export const vaultFileKinds = ['json', 'pdf', 'seal.json'] as const;
export type VaultFileKind = (typeof vaultFileKinds)[number];

const fingerprintPrefixLength = 16;
const namePattern = /^([A-Za-z0-9_-]+-v[0-9]+)\.([0-9a-f]{16})\.(json|pdf|seal\.json)$/;

export function vaultFileName(documentId: string, fingerprint: string, kind: VaultFileKind): string {
  if (!isDocumentId(documentId)) throw new Error(`Not a document id: ${documentId}`);
  return `${documentId}.${fingerprint.slice(0, fingerprintPrefixLength)}.${kind}`;
}

export interface VaultName {
  documentId: string;
  fingerprintPrefix: string;
  kind: VaultFileKind;
}

/** The parts of a vault file name, or null for anything else (temp files, strays). */
export function parseVaultFileName(name: string): VaultName | null {
  const match = namePattern.exec(name);
  if (match === null) return null;
  const [, documentId = '', fingerprintPrefix = '', kind] = match;
  if (!isDocumentId(documentId)) return null;
  return { documentId, fingerprintPrefix, kind: kind as VaultFileKind };
}

/** Where a draft printed for paper signing is kept (overwritten freely; not in the vault). */
export function draftFileName(documentId: string): string {
  if (!isDocumentId(documentId)) throw new Error(`Not a document id: ${documentId}`);
  return `${documentId}.pdf`;
}
