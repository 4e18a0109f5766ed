/**
 * The window's security decisions, as pure functions so each is unit-tested: the content
 * security policy, which navigations and new windows are allowed, which IPC senders are
 * trusted, and the permission gate. main.ts only wires them to Electron's events.
 */
import { decideExternalLink } from './externalLinks';
import { appOrigin, documentsPath, isAtOrigin } from './appOrigin';

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
} as const satisfies Record<string, readonly string[]>;

export const contentSecurityPolicy = Object.entries(cspDirectives)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

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
