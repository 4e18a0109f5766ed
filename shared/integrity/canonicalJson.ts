/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): one exact text for one JSON value, so a
 * fingerprint does not depend on key order or whitespace.
 *
 * ECMAScript's own JSON serialisation already gives JCS's number and string forms (RFC 8785
 * sections 3.2.2.2 and 3.2.2.3 are defined by it); what JCS adds is sorting object keys by
 * their UTF-16 code units, which is JavaScript's default string order.
 */

export class CanonicalJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CanonicalJsonError';
  }
}

export function canonicalJson(value: unknown): string {
  return serialise(value, '$', []);
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `ancestors` holds the containers being written around `value`, to refuse a loop. */
function serialise(value: unknown, path: string, ancestors: readonly object[]): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      // I-JSON (RFC 7493), which JCS requires, has no lone surrogates; UTF-8 cannot encode them.
      if (loneSurrogate.test(value)) throw new CanonicalJsonError(`${path} holds a broken character.`);
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path} is not a finite number.`);
      return JSON.stringify(value);
    case 'object': {
      if (ancestors.includes(value)) throw new CanonicalJsonError(`${path} contains itself.`);
      const inside = [...ancestors, value];
      // Array.from visits holes (as undefined, so they are refused); map would skip them and
      // write "[1,,3]", which is not JSON.
      if (Array.isArray(value))
        return `[${Array.from(value, (item: unknown, i) => serialise(item, `${path}[${i}]`, inside)).join(',')}]`;
      return serialiseObject(value, path, inside);
    }
    default:
      // undefined, functions, symbols and bigints have no JSON form; silently dropping
      // them (as JSON.stringify does) would let two different records share a fingerprint.
      throw new CanonicalJsonError(`${path} has no JSON form (${typeof value}).`);
  }
}

function serialiseObject(value: object, path: string, ancestors: readonly object[]): string {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null)
    throw new CanonicalJsonError(`${path} is not a plain object.`);
  for (const key of Object.keys(value))
    if (loneSurrogate.test(key)) throw new CanonicalJsonError(`${path} has a key with a broken character.`);
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${serialise(item, `${path}.${key}`, ancestors)}`).join(',')}}`;
}
