/**
 * Which links may leave the app for the system browser. Pure, so it is unit-tested and
 * shared by the IPC handler, the window-open handler and the browser harness.
 */
export type ExternalLinkDecision = { allow: true; url: string } | { allow: false; reason: string };

/**
 * Every site the app links to, by exact host name: a subdomain is allowed only when it is
 * listed itself. A new link in the renderer needs its host here (a unit test reads the
 * renderer's links and fails until it is), so the app can never be made to open an arbitrary
 * address in the browser.
 */
export const externalLinkHosts: readonly string[] = [
  // The Care Quality Commission: the About page's guidance on Regulation 18 (staffing).
  'www.cqc.org.uk',
];

export function decideExternalLink(raw: string): ExternalLinkDecision {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return { allow: false, reason: 'That link is not a valid web address.' };
  }
  if (parsed.protocol !== 'https:') {
    return { allow: false, reason: 'Only secure web links (starting https://) can be opened.' };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { allow: false, reason: 'Links that carry a user name or password are not opened.' };
  }
  // URL has already lower-cased the host and turned any non-ASCII name into punycode, so a
  // lookalike (cqc.org.uk.evil.com, a Cyrillic letter, a trailing dot) never equals a listed host.
  if (!externalLinkHosts.includes(parsed.hostname) || parsed.port !== '') {
    return {
      allow: false,
      reason: `That link goes to ${parsed.host}, which is not one of the sites this app links to (${externalLinkHosts.join(', ')}), so it was not opened.`,
    };
  }
  // Hand the browser the normalised form, never the raw string it was typed as.
  return { allow: true, url: parsed.href };
}
