/**
 * The browser harness as a Vite plugin: serves `POST /__api/<channel>` by calling the same
 * handler factory and dispatch() that Electron's main process uses, and injects the
 * fetch-based preload before the renderer's own script. Dev and test only: the production
 * renderer bundle is built without this plugin (a unit test checks).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connect, Logger, Plugin } from 'vite';
import { z } from 'zod';
import { dispatch } from '../../electron/handlers/dispatch';
import { ipcEvents, isEventName } from '../../shared/ipc';
import { parseDocumentPath, serveDocument } from './harnessDocuments';
import { createSessionStore, holdExports, isValidSessionId, type SessionStore } from './harnessSessions';
import {
  harnessApiPrefix,
  harnessControlPrefix,
  harnessDocumentsPrefix,
  harnessSessionHeader,
} from './harnessProtocol';

const preloadPath = fileURLToPath(new URL('./browserPreload.ts', import.meta.url));
const maxBodyBytes = 64 * 1024 * 1024;
const saveDialogScript = z.object({ session: z.string(), answers: z.array(z.enum(['save', 'cancel'])) });
/** An open dialog's answers: a file path on the harness machine (e.g. a saved pack), or 'cancel'. */
const holdExportsScript = z.object({ session: z.string(), hold: z.boolean() });
const openDialogScript = z.object({ session: z.string(), answers: z.array(z.string().min(1)) });
/** The backup-file dialog (restore) and the folder dialog (copy off this PC): a path, or 'cancel'. */
const pathDialogScript = z.object({ session: z.string(), answers: z.array(z.string().min(1)) });
const printDialogScript = z.object({ session: z.string(), answers: z.array(z.enum(['print', 'cancel'])) });

export function careAppraisalsHarness(options: { productName: string; appVersion: string }): Plugin {
  let store: SessionStore | null = null;
  const streams = new Map<string, Set<ServerResponse>>();

  function sessionFor(id: string | null | undefined) {
    store ??= createSessionStore({
      ...options,
      root: process.env.CARE_APPRAISALS_HARNESS_DATA,
      emit: (sessionId, event, payload) => {
        emit(sessionId, event, payload);
      },
    });
    return store.get(id !== undefined && id !== null && isValidSessionId(id) ? id : 'default');
  }

  function emit(sessionId: string, event: string, payload: unknown): boolean {
    if (!isEventName(event) || !ipcEvents[event].safeParse(payload).success) return false;
    for (const res of streams.get(sessionId) ?? [])
      res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
    return true;
  }

  async function handleApi(logger: Logger, req: IncomingMessage, res: ServerResponse, channel: string) {
    const origin = req.headers.origin;
    const host = req.headers.host;
    // Mirrors the Electron sender check: only pages served by this harness may call.
    const senderTrusted = origin !== undefined && host !== undefined && new URL(origin).host === host;
    const body = await readJson(req);
    const session = sessionFor(headerValue(req, harnessSessionHeader));
    const payload = typeof body === 'object' && body !== null && 'request' in body ? body.request : undefined;
    const reply = await dispatch(session.handlers, channel, payload, {
      senderTrusted,
      logError: (ch, error) => logger.error(`[harness] ${ch} failed: ${String(error)}`),
    });
    sendJson(res, reply.ok ? 200 : 400, reply);
  }

  function handleControl(req: IncomingMessage, res: ServerResponse, action: string, url: URL): void {
    const sessionId = url.searchParams.get('session') ?? 'default';
    if (action === 'events' || url.pathname === `${harnessApiPrefix}events`) {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      const set = streams.get(sessionId) ?? new Set();
      set.add(res);
      streams.set(sessionId, set);
      req.on('close', () => set.delete(res));
      return;
    }
    if (action === 'opened-links') {
      sendJson(res, 200, sessionFor(sessionId).openedLinks);
      return;
    }
    if (action === 'saved-files') {
      const { savedFolder } = sessionFor(sessionId);
      const files = readdirSync(savedFolder)
        .filter((name) => !name.startsWith('.'))
        .map((name) => {
          const bytes = readFileSync(join(savedFolder, name));
          // text for the JSON and CSV callers; base64 so a PDF arrives byte for byte.
          return { name, text: bytes.toString('utf8'), base64: bytes.toString('base64') };
        });
      sendJson(res, 200, files);
      return;
    }
    if (action === 'printed') {
      sendJson(res, 200, sessionFor(sessionId).printed);
      return;
    }
    if (action === 'opened-in-reader') {
      sendJson(
        res,
        200,
        sessionFor(sessionId).openedInReader.map(({ path, bytes }) => ({
          name: basename(path),
          base64: bytes.toString('base64'),
        })),
      );
      return;
    }
    if (action === 'data-folder') {
      const { dataFolder, savedFolder } = sessionFor(sessionId);
      sendJson(res, 200, { dataFolder, savedFolder });
      return;
    }
    sendJson(res, 404, { error: `Unknown harness control "${action}".` });
  }

  function middleware(logger: Logger): Connect.NextHandleFunction {
    return (req, res, next) => {
      const url = new URL(req.url ?? '/', 'http://harness.invalid');
      if (url.pathname.startsWith(harnessControlPrefix) || url.pathname === `${harnessApiPrefix}events`) {
        const refusal = controlRefusal(req);
        if (refusal !== null) {
          sendJson(res, 403, { error: refusal });
          return;
        }
      }
      if (url.pathname === `${harnessApiPrefix}events`) {
        handleControl(req, res, 'events', url);
      } else if (url.pathname.startsWith(harnessApiPrefix) && req.method === 'POST') {
        handleApi(logger, req, res, decodeURIComponent(url.pathname.slice(harnessApiPrefix.length))).catch(
          (error: unknown) =>
            sendJson(res, 400, { ok: false, error: { code: 'bad-request', message: String(error) } }),
        );
      } else if (url.pathname === `${harnessControlPrefix}save-dialog` && req.method === 'POST') {
        readJson(req)
          .then((body) => {
            const parsed = saveDialogScript.safeParse(body);
            if (!parsed.success)
              return sendJson(res, 400, { error: 'Send { session, answers: ["save" | "cancel"] }.' });
            sessionFor(parsed.data.session).scriptedSaveAnswers.push(...parsed.data.answers);
            sendJson(res, 200, { queued: parsed.data.answers.length });
          })
          .catch(next);
      } else if (url.pathname === `${harnessControlPrefix}hold-exports` && req.method === 'POST') {
        readJson(req)
          .then((body) => {
            const parsed = holdExportsScript.safeParse(body);
            if (!parsed.success)
              return sendJson(res, 400, { error: 'Send { session, hold: true | false }.' });
            holdExports(sessionFor(parsed.data.session), parsed.data.hold);
            sendJson(res, 200, { hold: parsed.data.hold });
          })
          .catch(next);
      } else if (url.pathname === `${harnessControlPrefix}open-dialog` && req.method === 'POST') {
        readJson(req)
          .then((body) => {
            const parsed = openDialogScript.safeParse(body);
            if (!parsed.success)
              return sendJson(res, 400, { error: 'Send { session, answers: [<file path> | "cancel"] }.' });
            sessionFor(parsed.data.session).scriptedOpenAnswers.push(...parsed.data.answers);
            sendJson(res, 200, { queued: parsed.data.answers.length });
          })
          .catch(next);
      } else if (
        (url.pathname === `${harnessControlPrefix}backup-file-dialog` ||
          url.pathname === `${harnessControlPrefix}folder-dialog`) &&
        req.method === 'POST'
      ) {
        readJson(req)
          .then((body) => {
            const parsed = pathDialogScript.safeParse(body);
            if (!parsed.success)
              return sendJson(res, 400, { error: 'Send { session, answers: [<path> | "cancel"] }.' });
            const session = sessionFor(parsed.data.session);
            const queue = url.pathname.endsWith('folder-dialog')
              ? session.scriptedFolderAnswers
              : session.scriptedBackupFileAnswers;
            queue.push(...parsed.data.answers);
            sendJson(res, 200, { queued: parsed.data.answers.length });
          })
          .catch(next);
      } else if (url.pathname === `${harnessControlPrefix}print-dialog` && req.method === 'POST') {
        readJson(req)
          .then((body) => {
            const parsed = printDialogScript.safeParse(body);
            if (!parsed.success)
              return sendJson(res, 400, { error: 'Send { session, answers: ["print" | "cancel"] }.' });
            sessionFor(parsed.data.session).scriptedPrintAnswers.push(...parsed.data.answers);
            sendJson(res, 200, { queued: parsed.data.answers.length });
          })
          .catch(next);
      } else if (
        url.pathname.startsWith(harnessDocumentsPrefix) &&
        (req.method === 'GET' || req.method === 'HEAD')
      ) {
        const document = parseDocumentPath(url.pathname);
        if (document === null) {
          sendJson(res, 400, { error: 'Not a document address.' });
        } else {
          serveDocument(sessionFor(document.session), document, res).catch(next);
        }
      } else if (url.pathname === `${harnessControlPrefix}emit` && req.method === 'POST') {
        readJson(req)
          .then((body) => {
            const { session, event, payload } = (body ?? {}) as {
              session?: string;
              event?: string;
              payload?: unknown;
            };
            const sent = emit(session ?? 'default', event ?? '', payload);
            sendJson(res, sent ? 200 : 400, { sent });
          })
          .catch(next);
      } else if (url.pathname.startsWith(harnessControlPrefix)) {
        handleControl(req, res, url.pathname.slice(harnessControlPrefix.length), url);
      } else {
        next();
      }
    };
  }

  return {
    name: 'care-appraisals-harness',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(middleware(server.config.logger));
    },
    // `vite preview` of a production build (the browser bench), which adds the preload itself.
    configurePreviewServer(server) {
      server.middlewares.use(middleware(server.config.logger));
    },
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'script', attrs: { type: 'module', src: `/@fs${preloadPath}` }, injectTo: 'head-prepend' },
      ],
    },
  };
}

/**
 * The control routes (and the event stream) script the pretend shell and read what it recorded,
 * so, like /__api, they answer only this harness's own pages: a request whose Origin names
 * another site is refused, and one that changes anything (any method but GET and HEAD) must
 * carry our Origin. Reads without an Origin still work: the test runner's (Playwright's request
 * fixture sends none) and the viewer frame's document loads (navigations carry none).
 */
function controlRefusal(req: IncomingMessage): string | null {
  const origin = headerValue(req, 'origin');
  if (origin === undefined) {
    return req.method === 'GET' || req.method === 'HEAD'
      ? null
      : 'A harness control that changes anything must come from a page this harness served (no Origin was sent).';
  }
  return isOwnOrigin(origin, headerValue(req, 'host'))
    ? null
    : `Harness controls answer only pages this harness served, not ${origin}.`;
}

function isOwnOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    // "null" (a sandboxed frame or a file) and anything unparsable are nobody we know.
    return false;
  }
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBodyBytes) throw new Error('The request was too large.');
    chunks.push(buffer);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Error('The request was not valid JSON.');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
