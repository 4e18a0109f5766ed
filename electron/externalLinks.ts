/**
 * Which links may leave the app for the system browser. Pure, so it is unit-tested and
 * shared by the IPC handler, the window's navigation guard and the browser harness.
 */
export type ExternalLinkDecision = { allow: true; url: string } | { allow: false; reason: string };

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
  if (parsed.hostname === '' || !parsed.hostname.includes('.')) {
    return { allow: false, reason: 'That link does not name a website.' };
  }
  // Hand the browser the normalised form, never the raw string it was typed as.
  return { allow: true, url: parsed.href };
}
