import { describe, expect, it, vi } from 'vitest';
import { isAtOrigin } from '../../../electron/appOrigin';
import {
  contentSecurityPolicy,
  decideWindowOpen,
  devContentSecurityPolicy,
  documentContentSecurityPolicy,
  denyAllPermissions,
  guardNavigation,
  isFrameNavigationAllowed,
  isNavigationAllowed,
  isTrustedSender,
  type IpcSender,
  type NavigatingContents,
  type NavigationEvent,
  type PermissionGate,
} from '../../../electron/security';

/** A policy's directives by name, each with its sources as one string. */
function directivesOf(policy: string): Map<string, string> {
  return new Map(
    policy.split('; ').map((part) => {
      const [name = '', ...sources] = part.split(' ');
      return [name, sources.join(' ')];
    }),
  );
}

describe('content security policy', () => {
  const directives = directivesOf(contentSecurityPolicy);

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

describe('content security policy under npm start (the Vite dev server)', () => {
  const nonce = 'q7Yc2mN0pX4rT8vB1kL6sD3f';
  const dev = directivesOf(devContentSecurityPolicy('http://localhost:5173', nonce));

  it('lets inline script and style run only with the nonce Vite stamps on them', () => {
    expect(dev.get('script-src')).toBe(`'self' 'nonce-${nonce}'`);
    expect(dev.get('style-src')).toBe(`'self' 'nonce-${nonce}'`);
  });

  it("opens only the dev server's own HMR socket", () => {
    expect(dev.get('connect-src')).toBe("'self' ws://localhost:5173");
    expect(directivesOf(devContentSecurityPolicy('https://localhost:5173', nonce)).get('connect-src')).toBe(
      "'self' wss://localhost:5173",
    );
  });

  it('lets the document viewer frame PDFs from the app scheme, which is not the page origin in development', () => {
    expect(dev.get('frame-src')).toBe("'self' app://appraisals");
  });

  it('is otherwise the packaged policy, directive for directive', () => {
    const packaged = directivesOf(contentSecurityPolicy);
    expect([...dev.keys()]).toEqual([...packaged.keys()]);
    for (const name of [
      'default-src',
      'img-src',
      'font-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
    ]) {
      expect(dev.get(name), name).toBe(packaged.get(name));
    }
  });

  it('never allows unsafe-inline, unsafe-eval or wildcards', () => {
    expect(devContentSecurityPolicy('http://localhost:5173', nonce)).not.toMatch(/unsafe-|\*/);
  });

  it.each([
    ['no nonce', undefined],
    ['an empty one', ''],
    ['one that would end the directive', "abcdefghijklmnopqrstuv'; script-src *"],
    ['one too short to be secret', 'abc'],
  ])('with %s, allows nothing inline (fails closed)', (_label, badNonce) => {
    const policy = devContentSecurityPolicy('http://localhost:5173', badNonce);
    expect(directivesOf(policy).get('script-src')).toBe("'self'");
    expect(directivesOf(policy).get('style-src')).toBe("'self'");
    expect(policy).not.toContain('nonce-');
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

  // will-navigate and the main frame's will-frame-navigate and will-redirect all use this rule.
  it.each([
    'app://appraisals/documents/appr1-v2.pdf',
    'app://appraisals/documents/appr1-v2.pdf?v=abc#page=2',
    'app://appraisals/documents/drafts/appr1-v2.pdf',
    'app://appraisals/Documents/appr1-v2.pdf',
    'app://appraisals/index.html/../documents/appr1-v2.pdf',
  ])('never takes the main frame to a document PDF: %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });

  it('refuses a document path on the dev server origin too', () => {
    expect(isNavigationAllowed('http://localhost:5173/documents/appr1-v2.pdf', 'http://localhost:5173')).toBe(
      false,
    );
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

  it('never lets the main frame leave the page for a document, packaged or under npm start', () => {
    expect(isFrameNavigationAllowed('app://appraisals/documents/appr1-v2.pdf', true)).toBe(false);
    expect(isFrameNavigationAllowed('app://appraisals/documents/drafts/appr1-v2.pdf', true)).toBe(false);
    expect(
      isFrameNavigationAllowed('app://appraisals/documents/appr1-v2.pdf', true, 'http://localhost:5173'),
    ).toBe(false);
    expect(isFrameNavigationAllowed('app://appraisals/index.html', true)).toBe(true);
    expect(isFrameNavigationAllowed('http://localhost:5173/#/records', true, 'http://localhost:5173')).toBe(
      true,
    );
  });

  it.each([
    'https://www.cqc.org.uk/',
    'app://evil/documents/appr1-v2.pdf',
    'app://appraisals/index.html',
    'app://appraisals/documents/appr1-v2.html',
    'app://appraisals/documents/',
    'app://user@appraisals/documents/appr1-v2.pdf',
    'about:blank',
    'javascript:alert(1)',
  ])('lets a frame inside the page load only a document PDF, not %s', (url) => {
    expect(isFrameNavigationAllowed(url, false)).toBe(false);
    expect(isFrameNavigationAllowed(url, false, 'http://localhost:5173')).toBe(false);
  });

  it('does not let a frame inside the page load the dev server either', () => {
    expect(isFrameNavigationAllowed('http://localhost:5173/', false, 'http://localhost:5173')).toBe(false);
  });

  it("gives PDFs a CSP that lets only the app's own page frame them", () => {
    expect(documentContentSecurityPolicy()).toBe("frame-ancestors 'self'");
    // Under npm start the page is the dev server's; it alone is added.
    expect(documentContentSecurityPolicy('http://localhost:5173')).toBe(
      "frame-ancestors 'self' http://localhost:5173",
    );
  });
});

describe('navigation guard on every web contents', () => {
  type EventName = 'will-frame-navigate' | 'will-navigate' | 'will-redirect';

  /** A stand-in web contents: keeps the listeners, and fires one as Electron would. */
  function guardedContents(trustedOrigin?: string) {
    const listeners = new Map<EventName, ((event: NavigationEvent) => void)[]>();
    const contents = {
      on(name: EventName, listener: (event: NavigationEvent) => void) {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      },
    } satisfies NavigatingContents;
    guardNavigation(contents, trustedOrigin);
    return (name: EventName, url: string, isMainFrame: boolean): boolean => {
      let prevented = false;
      const event = { url, isMainFrame, preventDefault: () => (prevented = true) };
      for (const listener of listeners.get(name) ?? []) listener(event);
      expect(listeners.get(name), `a listener for ${name}`).toHaveLength(1);
      return prevented;
    };
  }

  it.each<EventName>(['will-frame-navigate', 'will-navigate', 'will-redirect'])(
    '%s: the main frame is stopped from opening a document PDF, packaged and under npm start',
    (name) => {
      expect(guardedContents()(name, 'app://appraisals/documents/appr1-v2.pdf?v=1', true)).toBe(true);
      expect(
        guardedContents('http://localhost:5173')(name, 'app://appraisals/documents/appr1-v2.pdf', true),
      ).toBe(true);
      expect(guardedContents()(name, 'app://appraisals/index.html#/records', true)).toBe(false);
    },
  );

  it.each<EventName>(['will-frame-navigate', 'will-redirect'])(
    '%s: the viewer frame may load a document PDF and nothing else',
    (name) => {
      const fire = guardedContents();
      expect(fire(name, 'app://appraisals/documents/drafts/appr1-v2.pdf', false)).toBe(false);
      expect(fire(name, 'app://appraisals/index.html', false)).toBe(true);
      expect(fire(name, 'https://www.cqc.org.uk/', false)).toBe(true);
    },
  );
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
    'https://example.com/',
    'https://www.cqc.org.uk.evil.example/',
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
