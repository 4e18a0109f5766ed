/**
 * Links that leave the app: only https links to the sites the app itself links to reach the
 * system browser (through the IPC handler, the window-open handler and the harness alike).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideExternalLink, externalLinkHosts } from '../../../electron/externalLinks';

const regulation18 = 'https://www.cqc.org.uk/guidance-providers/regulations/regulation-18-staffing';

function refusal(url: string): string {
  const decision = decideExternalLink(url);
  if (decision.allow) throw new Error(`${url} was allowed`);
  return decision.reason;
}

/** Every http(s) address written as a string in the renderer and shared code. */
function linksOffered(): string[] {
  const root = join(import.meta.dirname, '../../..');
  const links: string[] = [];
  for (const folder of ['renderer', 'shared']) {
    const files = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(ts|tsx|html)$/.test(name),
    );
    for (const file of files) {
      const text = readFileSync(join(root, folder, file), 'utf8');
      for (const match of text.matchAll(/['"`](https?:\/\/[^'"`\s]+)['"`]/g)) links.push(match[1] ?? '');
    }
  }
  return links;
}

describe('external links', () => {
  it('opens the CQC guidance the About page links to, in its normalised form', () => {
    expect(decideExternalLink(regulation18)).toEqual({ allow: true, url: regulation18 });
    expect(decideExternalLink('HTTPS://WWW.CQC.ORG.UK:443/guidance-providers')).toEqual({
      allow: true,
      url: 'https://www.cqc.org.uk/guidance-providers',
    });
  });

  it('allows every link the renderer offers (a new link needs its site listed)', () => {
    const offered = linksOffered();
    expect(offered).toContain(regulation18);
    for (const link of offered) expect(decideExternalLink(link), link).toMatchObject({ allow: true });
  });

  it.each([
    ['a lookalike host', 'https://www.cqc.org.uk.evil.com/guidance'],
    ['a lookalike host without www', 'https://cqc.org.uk.evil.com/'],
    ['the site named only in the path', 'https://evil.com/www.cqc.org.uk'],
    ['the site named only in the query', 'https://evil.com/?next=https://www.cqc.org.uk/'],
    ['a subdomain that is not listed', 'https://login.www.cqc.org.uk/'],
    ['a sibling host that is not listed', 'https://evil.cqc.org.uk/'],
    ['a trailing dot', 'https://www.cqc.org.uk./'],
    ['a Cyrillic lookalike letter', 'https://www.\u0441qc.org.uk/'],
    ['another port', 'https://www.cqc.org.uk:8443/'],
    ['a site the app never links to', 'https://example.com/'],
  ])('refuses %s and says the site is not one the app links to', (_label, url) => {
    expect(refusal(url)).toMatch(
      /^That link goes to .+, which is not one of the sites this app links to \(www\.cqc\.org\.uk\), so it was not opened\.$/,
    );
  });

  it.each([
    'http://www.cqc.org.uk/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'app://appraisals/index.html',
    'ftp://www.cqc.org.uk/',
  ])('refuses %s: not a secure web link', (url) => {
    expect(refusal(url)).toBe('Only secure web links (starting https://) can be opened.');
  });

  it.each([
    'https://user:pass@www.cqc.org.uk/',
    'https://www.cqc.org.uk@evil.com/',
    'https://user@www.cqc.org.uk/',
  ])('refuses %s: it carries a user name', (url) => {
    expect(refusal(url)).toBe('Links that carry a user name or password are not opened.');
  });

  it('refuses text that is not a web address', () => {
    expect(refusal('www.cqc.org.uk')).toBe('That link is not a valid web address.');
    expect(refusal('')).toBe('That link is not a valid web address.');
  });

  it('writes each listed host as URL does (lower case, ASCII), so the exact comparison can match', () => {
    for (const host of externalLinkHosts) expect(new URL(`https://${host}/`).hostname).toBe(host);
  });

  it('opens any page of a listed site, and nothing on any other host', () => {
    const path = fc.webPath();
    fc.assert(
      fc.property(fc.constantFrom(...externalLinkHosts), path, (host, rest) => {
        expect(decideExternalLink(`https://${host}${rest}`)).toMatchObject({ allow: true });
      }),
    );
    fc.assert(
      fc.property(fc.domain(), path, (host, rest) => {
        fc.pre(!externalLinkHosts.includes(host));
        expect(decideExternalLink(`https://${host}${rest}`)).toMatchObject({ allow: false });
      }),
    );
  });
});
