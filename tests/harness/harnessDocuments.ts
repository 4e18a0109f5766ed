/**
 * Serves a session's PDFs to the page over HTTP, as the app serves them over app://: only
 * `<session>/<documentId>.pdf` (sealed, from the vault) and `<session>/drafts/<documentId>.pdf`,
 * with the same document-id check, so no other file of the data folder can be reached.
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { isDocumentId } from '../../shared/documents/documentId';
import type { DocumentKind } from '../../shared/ipc';
import { harnessDocumentsPrefix } from './harnessProtocol';
import { isValidSessionId, type HarnessSession } from './harnessSessions';

export interface DocumentRequest {
  session: string;
  documentId: string;
  kind: DocumentKind;
}

/** The document a harness path names, or null for anything else. */
export function parseDocumentPath(pathname: string): DocumentRequest | null {
  if (!pathname.startsWith(harnessDocumentsPrefix)) return null;
  const parts = pathname.slice(harnessDocumentsPrefix.length).split('/');
  const [session = '', ...rest] = parts;
  const isDraft = rest.length === 2 && rest[0] === 'drafts';
  if (!isValidSessionId(session) || !(rest.length === 1 || isDraft)) return null;
  const file = rest.at(-1) ?? '';
  if (!file.endsWith('.pdf')) return null;
  const documentId = file.slice(0, -'.pdf'.length);
  return isDocumentId(documentId) ? { session, documentId, kind: isDraft ? 'draft' : 'sealed' } : null;
}

export async function serveDocument(
  session: HarnessSession,
  request: DocumentRequest,
  res: ServerResponse,
): Promise<void> {
  const path =
    request.kind === 'draft'
      ? session.vault.draftPdfPath(request.documentId)
      : await session.vault.sealedPdfPath(request.documentId);
  let body: Buffer;
  try {
    if (path === null) throw new Error('not sealed');
    body = await readFile(path);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('No such document.');
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': String(body.byteLength),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}
