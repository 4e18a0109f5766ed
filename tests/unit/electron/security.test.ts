import { describe, expect, it, vi } from 'vitest';
import { isAtOrigin } from '../../../electron/appOrigin';
import {
  contentSecurityPolicy,
  decideWindowOpen,
  documentContentSecurityPolicy,
  denyAllPermissions,
  isFrameNavigationAllowed,
  isNavigationAllowed,
  isTrustedSender,
  type IpcSender,
  type PermissionGate,
} from '../../../electron/security';

describe('content security policy', () => {
  const directives = new Map(
    contentSecurityPolicy.split('; ').map((part) => {
      const [name = '', ...sources] = part.split(' ');
      return [name, sources.join(' ')];
    }),
  );

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
    ['frame-src', "'self'"],
  ])('sets %s to %s', (directive, sources) => {
    expect(directives.get(directive)).toBe(sources);
  });

  it('never allows inline or evaluated script', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});

describe('origin comparison', () => {
  it('matches the custom scheme even though URL calls its origin "null"', () => {
    expect(new URL('app://appraisals/index.html').origin).toBe('null');
    expect(isAtOrigin('app://appraisals/index.html#/staff', 'app://appraisals')).toBe(true);
  });

  it.each([
    'app://appraisals.evil.example/index.html',
    'app://other/index.html',
    'app://user:pw@appraisals/index.html',
    'app://appraisals:8080/index.html',
    'https://appraisals/index.html',
    'not a url',
  ])('does not match %s', (url) => {
    expect(isAtOrigin(url, 'app://appraisals')).toBe(false);
  });
});

describe('navigation', () => {
  it('allows moving around inside the app', () => {
    expect(isNavigationAllowed('app://appraisals/index.html#/settings')).toBe(true);
  });

  it.each([
    'https://www.cqc.org.uk/',
    'file:///C:/Windows/System32/calc.exe',
    'http://localhost:5173/',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'about:blank',
  ])('blocks %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });

  it('allows the dev server only when it is the trusted origin', () => {
    expect(isNavigationAllowed('http://localhost:5173/#/staff', 'http://localhost:5173')).toBe(true);
    expect(isNavigationAllowed('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('frame navigation (the document viewer)', () => {
  it('lets a frame inside the page load a document PDF from the app scheme, even from the dev server', () => {
    expect(isFrameNavigationAllowed('app://appraisals/documents/appr1-v2.pdf?v=1', false)).toBe(true);
    expect(
      isFrameNavigationAllowed(
        'app://appraisals/documents/drafts/appr1-v2.pdf',
        false,
        'http://localhost:5173',
      ),
    ).toBe(true);
  });

  it('never lets the main frame leave the page for a document, nor a frame load anything else', () => {
    expect(
      isFrameNavigationAllowed('app://appraisals/documents/appr1-v2.pdf', true, 'http://localhost:5173'),
    ).toBe(false);
    expect(isFrameNavigationAllowed('https://www.cqc.org.uk/', false)).toBe(false);
    expect(
      isFrameNavigationAllowed('app://evil/documents/appr1-v2.pdf', false, 'http://localhost:5173'),
    ).toBe(false);
    expect(isFrameNavigationAllowed('app://appraisals/index.html', true)).toBe(true);
  });

  it("gives PDFs a CSP that lets only the app's own page frame them", () => {
    expect(documentContentSecurityPolicy()).toBe("frame-ancestors 'self'");
    // Under npm start the page is the dev server's; it alone is added.
    expect(documentContentSecurityPolicy('http://localhost:5173')).toBe(
      "frame-ancestors 'self' http://localhost:5173",
    );
  });
});

describe('window.open', () => {
  it('hands a secure web link to the system browser', () => {
    expect(decideWindowOpen('https://www.cqc.org.uk/guidance')).toEqual({
      openExternally: 'https://www.cqc.org.uk/guidance',
    });
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'app://appraisals/index.html',
    'javascript:alert(1)',
  ])('opens nothing for %s', (url) => {
    expect(decideWindowOpen(url)).toEqual({ openExternally: null });
  });
});

describe('IPC sender check', () => {
  const ours: IpcSender = {
    senderFrameUrl: 'app://appraisals/index.html#/staff',
    isMainFrame: true,
    webContentsId: 7,
  };

  it('trusts our window main frame at the app origin', () => {
    expect(isTrustedSender(ours, 7)).toBe(true);
  });

  it.each<[string, IpcSender, number | null]>([
    ['another web contents', { ...ours, webContentsId: 8 }, 7],
    ['a subframe', { ...ours, isMainFrame: false }, 7],
    ['a frame that has gone', { ...ours, senderFrameUrl: null }, 7],
    ['a page at another origin', { ...ours, senderFrameUrl: 'https://evil.example/' }, 7],
    ['a file page', { ...ours, senderFrameUrl: 'file:///C:/index.html' }, 7],
    ['any sender before the window exists', ours, null],
  ])('refuses %s', (_label, sender, ourId) => {
    expect(isTrustedSender(sender, ourId)).toBe(false);
  });

  it('trusts the dev server origin only when told to', () => {
    const dev = { ...ours, senderFrameUrl: 'http://localhost:5173/' };
    expect(isTrustedSender(dev, 7)).toBe(false);
    expect(isTrustedSender(dev, 7, 'http://localhost:5173')).toBe(true);
  });
});

describe('permissions', () => {
  it('denies every permission request and every check', () => {
    let requestHandler: Parameters<PermissionGate['setPermissionRequestHandler']>[0] | undefined;
    let checkHandler: Parameters<PermissionGate['setPermissionCheckHandler']>[0] | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: (handler) => {
        checkHandler = handler;
      },
    });

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(checkHandler?.({}, permission)).toBe(false);
    }
    expect(requestHandler).toBeDefined();
    expect(checkHandler).toBeDefined();
  });
});
