import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  appSchemePrivileges,
  contentTypeFor,
  createAppRequestHandler,
  documentUrl,
  resolveAppPath,
  resolveDocumentRequest,
  type DocumentReader,
} from '../../../electron/protocol';
import { contentSecurityPolicy } from '../../../electron/security';

describe('app scheme privileges', () => {
  it('registers app as a standard, secure scheme that fetch can use', () => {
    expect(appSchemePrivileges).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });

  it('never bypasses the CSP or opens the scheme to other origins', () => {
    expect(appSchemePrivileges.privileges).not.toHaveProperty('bypassCSP');
    expect(appSchemePrivileges.privileges).not.toHaveProperty('corsEnabled');
  });
});

describe('resolveAppPath (POSIX)', () => {
  const root = '/opt/care/out/renderer';

  it.each([
    ['app://appraisals/index.html', '/opt/care/out/renderer/index.html'],
    ['app://appraisals/assets/index-abc123.js', '/opt/care/out/renderer/assets/index-abc123.js'],
    ['app://appraisals/assets/Noto%20Sans.woff2', '/opt/care/out/renderer/assets/Noto Sans.woff2'],
    ['app://appraisals/assets/app.css?v=2#x', '/opt/care/out/renderer/assets/app.css'],
  ])('serves %s from the renderer folder', (url, expected) => {
    expect(resolveAppPath(url, root, path.posix)).toBe(expected);
  });

  it.each([
    'app://appraisals/',
    'app://appraisals',
    'app://appraisals/staff/42',
    'app://appraisals/settings/',
  ])('sends the in-app route %s to index.html', (url) => {
    expect(resolveAppPath(url, root, path.posix)).toBe('/opt/care/out/renderer/index.html');
  });

  it('keeps dot segments that URL parsing resolves inside the folder', () => {
    expect(resolveAppPath('app://appraisals/assets/%2e%2e/index.html', root, path.posix)).toBe(
      '/opt/care/out/renderer/index.html',
    );
    expect(resolveAppPath('app://appraisals/../../etc/hosts.txt', root, path.posix)).toBe(
      '/opt/care/out/renderer/etc/hosts.txt',
    );
  });

  it.each([
    ['an encoded slash with ..', 'app://appraisals/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash with encoded dots', 'app://appraisals/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['an encoded backslash', 'app://appraisals/..%5c..%5cWindows%5cwin.ini'],
    ['a raw backslash', 'app://appraisals/assets\\..\\..\\secret.txt'],
    ['an absolute path', 'app://appraisals//etc/passwd'],
    ['an encoded absolute path', 'app://appraisals/%2fetc%2fpasswd'],
    ['a drive letter', 'app://appraisals/C:/Windows/win.ini'],
    ['an encoded NUL', 'app://appraisals/index.html%00.png'],
    ['a dot-file', 'app://appraisals/.env'],
    ['a hidden folder', 'app://appraisals/.git/config'],
    ['a malformed escape', 'app://appraisals/%E0%A4%A.js'],
    ['another host', 'app://elsewhere/index.html'],
    ['a look-alike host', 'app://appraisals.example/index.html'],
    ['credentials', 'app://me:pw@appraisals/index.html'],
    ['a port', 'app://appraisals:80/index.html'],
    ['another scheme', 'file:///opt/care/out/renderer/index.html'],
    ['not a URL', '../index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(url, root, path.posix)).toBeNull();
  });
});

describe('resolveAppPath (Windows)', () => {
  const root =
    'C:\\Users\\manager\\AppData\\Local\\Programs\\Care Appraisals\\resources\\app.asar\\out\\renderer';

  it('serves a file with Windows separators', () => {
    expect(resolveAppPath('app://appraisals/assets/index.js', root, path.win32)).toBe(
      `${root}\\assets\\index.js`,
    );
  });

  it.each([
    'app://appraisals/..%5c..%5c..%5cWindows%5cwin.ini',
    'app://appraisals/C:%5cWindows%5cwin.ini',
    'app://appraisals/%5c%5cserver%5cshare%5cfile.txt',
    'app://appraisals/..%2f..%2fsecret.txt',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root, path.win32)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-1.js', 'text/javascript; charset=utf-8'],
    ['assets/index-1.CSS', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/font.ttf', 'font/ttf'],
    ['assets/photo.png', 'image/png'],
    ['assets/thing.unknown', 'application/octet-stream'],
    ['LICENSE', 'application/octet-stream'],
  ])('gives %s the type %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('app request handler', () => {
  let root = '';
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'care-appraisals-protocol-'));
    root = path.join(dir, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Care Appraisals</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log("hi")');
    await writeFile(path.join(dir, 'secret.txt'), 'outside the renderer folder');
    handle = createAppRequestHandler(root);
  });

  afterAll(async () => {
    await rm(path.dirname(root), { recursive: true, force: true });
  });

  it('serves index.html with its type, the CSP and nosniff', async () => {
    const response = await handle(new Request('app://appraisals/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Care Appraisals</title>');
  });

  it('serves a script as JavaScript', async () => {
    const response = await handle(new Request('app://appraisals/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("hi")');
  });

  it('serves index.html for an in-app route', async () => {
    const response = await handle(new Request('app://appraisals/staff/42'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Care Appraisals');
  });

  it('answers 404 for a missing file', async () => {
    expect((await handle(new Request('app://appraisals/assets/missing.js'))).status).toBe(404);
  });

  it('answers 400, without reading anything, for a path outside the folder', async () => {
    const read = vi.fn((file: string) => readFile(file));
    const response = await createAppRequestHandler(
      root,
      read,
    )(new Request('app://appraisals/..%2fsecret.txt'));
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('');
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses anything but GET and HEAD', async () => {
    const response = await handle(new Request('app://appraisals/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://appraisals/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('document PDFs over the app scheme', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7 Łucja Wąsowska');
  const documents: DocumentReader = ({ documentId, kind }) =>
    Promise.resolve(
      documentId === 'appr1-v2' && kind === 'sealed'
        ? pdf
        : documentId === 'appr1-v3' && kind === 'draft'
          ? pdf
          : null,
    );
  const read = vi.fn(() => Promise.resolve(new Uint8Array()));
  const handle = createAppRequestHandler('/opt/care/out/renderer', read, documents);

  it('addresses sealed documents and drafts by id, with a cache key', () => {
    expect(documentUrl('appr1-v2', 'sealed', 'abc123')).toBe(
      'app://appraisals/documents/appr1-v2.pdf?v=abc123',
    );
    expect(documentUrl('appr1-v2', 'draft', 'abc123')).toBe(
      'app://appraisals/documents/drafts/appr1-v2.pdf?v=abc123',
    );
    expect(() => documentUrl('../vault', 'sealed', 'x')).toThrow();
  });

  it.each([
    ['app://appraisals/documents/appr1-v2.pdf?v=1', { documentId: 'appr1-v2', kind: 'sealed' }],
    ['app://appraisals/documents/drafts/appr1-v2.pdf', { documentId: 'appr1-v2', kind: 'draft' }],
    ['app://appraisals/documents/..%2Fvault%2Fx-v1.pdf', 'invalid'],
    ['app://appraisals/documents/appr1.pdf', 'invalid'],
    ['app://appraisals/documents/a/b/appr1-v2.pdf', 'invalid'],
    ['app://appraisals/index.html', null],
    ['app://other/documents/appr1-v2.pdf', null],
  ])('reads %s as %j', (url, expected) => {
    expect(resolveDocumentRequest(url)).toEqual(expected);
  });

  it("serves a sealed PDF as application/pdf without the page's CSP, so the PDF viewer can show it", async () => {
    const response = await handle(new Request('app://appraisals/documents/appr1-v2.pdf?v=1'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toBe("frame-ancestors 'self'");
    expect(csp).not.toMatch(/object-src|sandbox/);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);
    expect(read).not.toHaveBeenCalled();
  });

  it('serves a draft from the drafts folder, and 404 for a document that is not there', async () => {
    expect((await handle(new Request('app://appraisals/documents/drafts/appr1-v3.pdf'))).status).toBe(200);
    expect((await handle(new Request('app://appraisals/documents/appr1-v3.pdf'))).status).toBe(404);
  });

  it('refuses a documents address that is not a document id, without reading anything', async () => {
    expect((await handle(new Request('app://appraisals/documents/..%2F..%2Faudit.pdf'))).status).toBe(400);
    expect(read).not.toHaveBeenCalled();
  });
});
