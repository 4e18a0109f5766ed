/**
 * A signed document's id, printed on every page and used to find it in the vault:
 * the appraisal's id and its version, e.g. `3f2c…-v2`. Only these characters are allowed,
 * so an id can never name a path outside the vault.
 */
export const documentIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}-v[1-9][0-9]{0,3}$/;

export function documentIdOf(appraisal: { id: string; version: number }): string {
  return `${appraisal.id}-v${appraisal.version}`;
}

export function isDocumentId(value: string): boolean {
  return documentIdPattern.test(value);
}
