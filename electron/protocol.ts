/**
 * The `app://appraisals/` protocol that serves the built renderer from out/renderer.
 * Privileged (standard and secure) so the page gets a real origin for IndexedDB and a
 * secure context for Web Crypto. Paths are resolved by a pure function that refuses
 * anything that could reach outside the renderer folder.
 */
import { readFile } from 'node:fs/promises';
import nodePath from 'node:path';
import type { CustomScheme } from 'electron';
import { isDocumentId } from '../shared/documents/documentId';
import type { DocumentKind } from '../shared/ipc';
import { appHost, appOrigin, appScheme, documentsPath } from './appOrigin';
import { contentSecurityPolicy, documentContentSecurityPolicy } from './security';

/**
 * Passed to protocol.registerSchemesAsPrivileged before the app is ready. corsEnabled
 * stays off: every request is same-origin, and leaving it off keeps the scheme
 * unreadable from any other origin.
 */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const satisfies CustomScheme;

/** The parts of node:path used here, so tests can check Windows paths on any machine. */
export type PathApi = Pick<typeof nodePath, 'join' | 'relative' | 'isAbsolute'>;

/**
 * Maps `app://appraisals/<path>` to a file under `rootDir`, or null when the URL is not
 * ours or could escape the folder (encoded `..` or slashes, backslashes, drive letters,
 * empty segments, dot-files). A path whose last segment has no extension is an in-app
 * route, so it gets index.html and the router takes over.
 */
export function resolveAppPath(rawUrl: string, rootDir: string, paths: PathApi = nodePath): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (
    url.protocol !== `${appScheme}:` ||
    url.host !== appHost ||
    url.username !== '' ||
    url.password !== ''
  ) {
    return null;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname === '' ? '/' : url.pathname);
  } catch {
    return null;
  }
  // A decoded backslash, colon or NUL means a path trick, never a file we ship.
  if (!decoded.startsWith('/') || /[\\:\0]/.test(decoded)) return null;

  const segments = decoded.slice(1).split('/');
  const last = segments.at(-1) ?? '';
  const inner = segments.slice(0, -1);
  if (inner.some((segment) => segment === '' || segment.startsWith('.')) || last.startsWith('.')) {
    return null;
  }
  const isRoute = last === '' || !last.includes('.');
  const candidate = isRoute ? paths.join(rootDir, 'index.html') : paths.join(rootDir, ...segments);

  const relative = paths.relative(rootDir, candidate);
  if (relative === '' || relative.startsWith('..') || paths.isAbsolute(relative)) return null;
  return candidate;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Served with nosniff, so an unknown type is inert rather than guessed. */
export function contentTypeFor(filePath: string): string {
  const dot = filePath.lastIndexOf('.');
  const extension = dot === -1 ? '' : filePath.slice(dot).toLowerCase();
  return contentTypes[extension] ?? 'application/octet-stream';
}

type ReadFile = (filePath: string) => Promise<Uint8Array>;

/** A document's address in the app: `cacheKey` changes with the file, so a viewer reloads it. */
export function documentUrl(documentId: string, kind: DocumentKind, cacheKey: string): string {
  if (!isDocumentId(documentId)) throw new Error(`Not a document id: ${documentId}`);
  const folder = kind === 'draft' ? 'drafts/' : '';
  return `${appOrigin}${documentsPath}${folder}${documentId}.pdf?v=${encodeURIComponent(cacheKey)}`;
}

export interface DocumentRequest {
  documentId: string;
  kind: DocumentKind;
}

/**
 * The document an `app://appraisals/documents/…` URL asks for: `<documentId>.pdf` (sealed) or
 * `drafts/<documentId>.pdf`. Null for any other URL; 'invalid' for a documents URL whose id is
 * not a document id (which can never name a path).
 */
export function resolveDocumentRequest(rawUrl: string): DocumentRequest | 'invalid' | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost || !url.pathname.startsWith(documentsPath))
    return null;
  const rest = url.pathname.slice(documentsPath.length);
  const isDraft = rest.startsWith('drafts/');
  const file = isDraft ? rest.slice('drafts/'.length) : rest;
  if (!file.endsWith('.pdf')) return null;
  const documentId = file.slice(0, -'.pdf'.length);
  return isDocumentId(documentId) ? { documentId, kind: isDraft ? 'draft' : 'sealed' } : 'invalid';
}

/** Reads a document's PDF bytes, or null when there is none. */
export type DocumentReader = (request: DocumentRequest) => Promise<Uint8Array | null>;

const noDocuments: DocumentReader = () => Promise.resolve(null);

/**
 * The protocol.handle handler: a file from `rootDir` with its type and the CSP, a document's
 * PDF from `readDocument`, or an error status.
 */
export function createAppRequestHandler(
  rootDir: string,
  read: ReadFile = readFile,
  readDocument: DocumentReader = noDocuments,
  /** The origin of the page that frames documents: the app scheme, or the dev server. */
  rendererOrigin: string = appOrigin,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const document = resolveDocumentRequest(request.url);
    if (document === 'invalid') return new Response(null, { status: 400 });
    if (document !== null) return serveDocument(request, document, readDocument, rendererOrigin);
    const filePath = resolveAppPath(request.url, rootDir);
    if (filePath === null) return new Response(null, { status: 400 });
    let body: Uint8Array;
    try {
      body = await read(filePath);
    } catch {
      return new Response(null, { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : new Blob([body]), {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(filePath),
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

async function serveDocument(
  request: Request,
  document: DocumentRequest,
  readDocument: DocumentReader,
  rendererOrigin: string,
): Promise<Response> {
  let body: Uint8Array | null;
  try {
    body = await readDocument(document);
  } catch {
    body = null;
  }
  if (body === null) return new Response(null, { status: 404 });
  return new Response(request.method === 'HEAD' ? null : new Blob([body]), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      // Not the page's CSP: object-src 'none' would stop the built-in PDF viewer.
      'Content-Security-Policy': documentContentSecurityPolicy(rendererOrigin),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}
