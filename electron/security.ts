/**
 * The window's security decisions, as pure functions so each is unit-tested: the content
 * security policy (packaged and under `npm start`), which navigations and new windows are
 * allowed, which IPC senders are trusted, and the permission gate. main.ts only wires them
 * to Electron's events.
 */
import { decideExternalLink } from './externalLinks';
import { appOrigin, documentsPath, isAtOrigin } from './appOrigin';

type Directives = Readonly<Record<string, readonly string[]>>;

/** Everything the renderer loads comes from its own origin; nothing may frame it. */
const cspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // data: and blob: for the home's logo and drawn signatures, which never leave the machine.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'frame-src': ["'self'"],
} as const satisfies Directives;

function policyText(directives: Directives): string {
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

export const contentSecurityPolicy = policyText(cspDirectives);

/**
 * electron.vite.config.ts puts a fresh nonce here for each `npm start`; Vite stamps it on the
 * scripts and styles it writes into the page, and electron-vite passes it on to Electron.
 */
export const devCspNonceEnv = 'CARE_APPRAISALS_DEV_CSP_NONCE';

/** A CSP nonce is base64 (RFC 4648, either alphabet); anything else could break out of the header. */
const nonceShape = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

/**
 * The policy for the page under `npm start`, where it comes from Vite's dev server, which sends
 * no CSP header. The packaged policy, plus only what development needs: the HMR web socket on
 * the dev server, the nonce Vite gives React refresh's inline preamble and the styles it injects
 * (no 'unsafe-inline', so a stray inline script or style fails here as it would when packaged),
 * and document PDFs framed from the app scheme, which is not the page's origin in development.
 * Without a usable nonce nothing inline runs: the page fails closed.
 */
export function devContentSecurityPolicy(devOrigin: string, nonce: string | undefined): string {
  const origin = new URL(devOrigin);
  const socket = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
  const inline = nonce !== undefined && nonceShape.test(nonce) ? [`'nonce-${nonce}'`] : [];
  return policyText({
    ...cspDirectives,
    'script-src': [...cspDirectives['script-src'], ...inline],
    'style-src': [...cspDirectives['style-src'], ...inline],
    'connect-src': [...cspDirectives['connect-src'], socket],
    'frame-src': [...cspDirectives['frame-src'], appOrigin],
  });
}

/**
 * A document's PDF may be framed by the app's own page and nothing else; everything else the
 * page's CSP restricts does not apply to a PDF, and a sandbox or object-src 'none' would stop
 * Chromium's built-in PDF viewer from showing it. Under `npm start` the page comes from the
 * dev server, so that origin (and only that one) is named as well.
 */
export function documentContentSecurityPolicy(rendererOrigin: string = appOrigin): string {
  return rendererOrigin === appOrigin
    ? "frame-ancestors 'self'"
    : `frame-ancestors 'self' ${new URL(rendererOrigin).origin}`;
}

/**
 * A document's PDF: `app://appraisals/documents/…`. Compared without case, so no spelling of
 * the path slips past the main-frame refusal below.
 */
function isDocumentPath(url: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase().startsWith(documentsPath);
  } catch {
    return false;
  }
}

/**
 * The main frame may only move around the renderer's own origin, and never onto a document's
 * PDF: that would replace the app with the viewer (no way back short of a restart) at an
 * address the IPC sender check still trusts.
 */
export function isNavigationAllowed(url: string, trustedOrigin: string = appOrigin): boolean {
  return isAtOrigin(url, trustedOrigin) && !isDocumentPath(url);
}

/**
 * A frame inside the page is the document viewer: it may load a document's PDF from the app
 * scheme (also when the page comes from the dev server, whose origin is not app://) and
 * nothing else. The main frame follows isNavigationAllowed.
 */
export function isFrameNavigationAllowed(
  url: string,
  isMainFrame: boolean,
  trustedOrigin: string = appOrigin,
): boolean {
  if (isMainFrame) return isNavigationAllowed(url, trustedOrigin);
  if (!isAtOrigin(url, appOrigin)) return false;
  const { pathname } = new URL(url);
  return pathname.startsWith(documentsPath) && pathname.endsWith('.pdf');
}

/** What a navigation event tells main: where to, from which frame, and how to stop it. */
export interface NavigationEvent {
  readonly url: string;
  readonly isMainFrame: boolean;
  preventDefault(): void;
}
type NavigationListener = (event: NavigationEvent) => void;

/** The navigation events of a web contents; Electron's WebContents satisfies it. */
export interface NavigatingContents {
  on(event: 'will-frame-navigate' | 'will-navigate' | 'will-redirect', listener: NavigationListener): unknown;
}

/**
 * Stops every navigation the rules above refuse. will-frame-navigate sees every frame;
 * will-navigate (the main frame) is the same rule again, so the main frame stays guarded even
 * if one event were missed; will-redirect catches a permitted URL that redirects elsewhere.
 */
export function guardNavigation(contents: NavigatingContents, trustedOrigin: string = appOrigin): void {
  const refuseDisallowed = (event: NavigationEvent) => {
    if (!isFrameNavigationAllowed(event.url, event.isMainFrame, trustedOrigin)) event.preventDefault();
  };
  contents.on('will-frame-navigate', refuseDisallowed);
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url, trustedOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', refuseDisallowed);
}

/**
 * `window.open` and `target="_blank"` never create a window. A vetted https link is
 * handed to the system browser instead; anything else is dropped.
 */
export function decideWindowOpen(url: string): { openExternally: string | null } {
  const decision = decideExternalLink(url);
  return { openExternally: decision.allow ? decision.url : null };
}

/** What main knows about the frame behind an IPC call. */
export interface IpcSender {
  /** URL of the sending frame, or null when the frame has gone. */
  senderFrameUrl: string | null;
  isMainFrame: boolean;
  webContentsId: number;
}

/**
 * Only our own window's main frame, showing our own origin, may call main. Subframes,
 * other web contents and pages that navigated elsewhere are refused.
 */
export function isTrustedSender(
  sender: IpcSender,
  ourWebContentsId: number | null,
  trustedOrigin: string = appOrigin,
): boolean {
  return (
    ourWebContentsId !== null &&
    sender.webContentsId === ourWebContentsId &&
    sender.isMainFrame &&
    sender.senderFrameUrl !== null &&
    isAtOrigin(sender.senderFrameUrl, trustedOrigin)
  );
}

/** The part of Electron's Session that grants permissions; the real Session satisfies it. */
export interface PermissionGate {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/**
 * The app needs no camera, microphone, location, notifications or anything else a page
 * can ask for, so every request and every check is answered no.
 */
export function denyAllPermissions(session: PermissionGate): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
