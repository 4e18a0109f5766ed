/**
 * Where the renderer lives. The origin is fixed forever: IndexedDB is keyed by it, so
 * changing the scheme or host would orphan every home's working data.
 */
export const appScheme = 'app';
export const appHost = 'appraisals';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** Where the app scheme serves document PDFs (signed and drafts); shown only inside the page's viewer frame. */
export const documentsPath = '/documents/';

/**
 * Whether `url` is at `origin` (scheme, host and port). Compared by hand because Node's
 * URL gives custom schemes such as `app:` the opaque origin "null".
 */
export function isAtOrigin(url: string, origin: string): boolean {
  const target = parseUrl(url);
  const expected = parseUrl(origin);
  if (target === null || expected === null) return false;
  return (
    target.protocol === expected.protocol &&
    target.host !== '' &&
    target.host === expected.host &&
    target.username === '' &&
    target.password === ''
  );
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
