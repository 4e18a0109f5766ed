/**
 * The sealed document's fingerprint: key order and whitespace never change it, any change to
 * any single field does (every leaf of a real document is tried).
 */
import { describe, expect, it } from 'vitest';
import { documentFingerprint, formatFingerprint } from '../../../shared/documents/fingerprint';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { sha256Hex, sha256HexPattern } from '../../../shared/integrity/sha256';
import { canonicalJson } from '../../../shared/integrity/canonicalJson';
import { sealedDocument } from './signedAppraisalFixture';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

function asJson(document: AppraisalDocument): Json {
  return JSON.parse(JSON.stringify(document)) as Json;
}

/** Every place a single change can be made: scalars, and empty lists or objects. */
function leafPaths(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value))
    return value.length === 0 ? [path] : value.flatMap((item, i) => leafPaths(item, [...path, i]));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? [path] : entries.flatMap(([key, item]) => leafPaths(item, [...path, key]));
  }
  return [path];
}

function changed(value: Json): Json {
  if (value === null) return 'filled in';
  if (Array.isArray(value)) return [...value, 'added'];
  switch (typeof value) {
    case 'string':
      return `${value}x`;
    case 'number':
      return value + 1;
    case 'boolean':
      return !value;
    default:
      return { ...value, added: 'added' };
  }
}

/** A copy of `root` with the value at `path` changed. */
function withChange(root: Json, path: Path): Json {
  const [head, ...rest] = path;
  if (head === undefined) return changed(root);
  if (Array.isArray(root) && typeof head === 'number')
    return root.map((item, i) => (i === head ? withChange(item, rest) : item));
  if (root !== null && typeof root === 'object' && !Array.isArray(root) && typeof head === 'string')
    return Object.fromEntries(
      Object.entries(root).map(([k, v]) => [k, k === head ? withChange(v, rest) : v]),
    );
  throw new Error(`no value at ${path.join('.')}`);
}

/** The same value with every object's keys in reverse order, however deep. */
function keysReversed(value: Json): Json {
  if (Array.isArray(value)) return value.map(keysReversed);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, keysReversed(v)]),
    );
  return value;
}

function fingerprintOf(json: Json): string {
  // The fingerprint is the hash of the canonical text whatever the shape, so a changed copy
  // need not still pass the schema to be compared.
  return documentFingerprint(json as unknown as AppraisalDocument);
}

describe('documentFingerprint', () => {
  const document = sealedDocument();
  const original = documentFingerprint(document);

  it('is the SHA-256 of the canonical JSON, as 64 lower-case hex digits', () => {
    expect(original).toBe(sha256Hex(canonicalJson(document)));
    expect(original).toMatch(sha256HexPattern);
  });

  it('does not change with key order or whitespace, or after a trip through stored JSON', () => {
    const json = asJson(document);
    const reordered = keysReversed(json);
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(json));
    expect(fingerprintOf(reordered)).toBe(original);
    const pretty = JSON.stringify(reordered, null, 4).replaceAll('\n', '\r\n');
    expect(fingerprintOf(JSON.parse(pretty) as Json)).toBe(original);
    expect(documentFingerprint(sealedDocument())).toBe(original);
  });

  it('changes when any single field changes, each change to a different fingerprint', () => {
    const json = asJson(document);
    const paths = leafPaths(json);
    // The whole record, framework and signatures are covered: hundreds of leaves.
    expect(paths.length).toBeGreaterThan(300);
    for (const needle of [
      ['appraisal', 'signatures', 'appraisee', 'image', 'sha256'],
      ['appraisal', 'header', 'staffName'],
      ['framework', 'sections', 0, 'competencies', 0, 'descriptors', '3'],
      ['home', 'logoSha256'],
      ['supersedes'],
      ['sealedAt'],
    ])
      expect(paths).toContainEqual(needle);

    const seen = new Map<string, string>([[original, '(original)']]);
    for (const path of paths) {
      const fingerprint = fingerprintOf(withChange(json, path));
      const where = path.join('.');
      expect(seen.get(fingerprint), `changing ${where} gave the same fingerprint`).toBeUndefined();
      seen.set(fingerprint, where);
    }
    expect(seen.size).toBe(paths.length + 1);
  });

  it('changes when list items change places or a key is renamed', () => {
    const json = asJson(document) as {
      framework: { sections: Json[] };
      appraisal: { ratings: Record<string, Json> };
    };
    const swapped = {
      ...json,
      framework: { ...json.framework, sections: [...json.framework.sections].reverse() },
    };
    expect(fingerprintOf(swapped as Json)).not.toBe(original);

    const firstId = Object.keys(json.appraisal.ratings)[0];
    if (firstId === undefined) throw new Error('no ratings');
    const ratings = Object.fromEntries(
      Object.entries(json.appraisal.ratings).map(([id, rating]) => [
        id === firstId ? `${id}-renamed` : id,
        rating,
      ]),
    );
    expect(fingerprintOf({ ...json, appraisal: { ...json.appraisal, ratings } })).not.toBe(original);
  });
});

describe('formatFingerprint', () => {
  it('shows the fingerprint in groups of four with single spaces and no trailing space', () => {
    const fingerprint = sha256Hex('abc');
    const shown = formatFingerprint(fingerprint);
    expect(shown).toBe('ba78 16bf 8f01 cfea 4141 40de 5dae 2223 b003 61a3 9617 7a9c b410 ff61 f200 15ad');
    expect(shown.split(' ')).toHaveLength(16);
    expect(shown.replaceAll(' ', '')).toBe(fingerprint);
  });

  it('leaves a short remainder as its own group', () => {
    expect(formatFingerprint('abcdef')).toBe('abcd ef');
    expect(formatFingerprint('abcd')).toBe('abcd');
    expect(formatFingerprint('')).toBe('');
  });
});
