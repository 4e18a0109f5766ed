/**
 * The catalogue's record parser: a sealed record cut at its framework gives exactly what parsing
 * the whole record gives; each distinct framework text is checked once; a record laid out any
 * other way is parsed whole; what is not JSON is a SyntaxError.
 */
import { describe, expect, it } from 'vitest';
import { recordParser } from '../../../electron/services/exports/recordFramework';
import { frameworkSchema, type Framework } from '../../../shared/framework/frameworkSchema';
import { canonicalJson } from '../../../shared/integrity/canonicalJson';
import { sampleDocument } from '../../fixtures/sampleDocument';

function counted() {
  const checked: unknown[] = [];
  const parse = recordParser((framework): Framework | null => {
    checked.push(framework);
    return frameworkSchema.safeParse(framework).data ?? null;
  });
  return { parse, checked };
}

const bytesOf = (value: unknown) => Buffer.from(canonicalJson(value), 'utf8');
const withoutFramework = (value: object) => ({ ...value, framework: null });

describe('parsing a sealed record for the catalogue', () => {
  it('gives the record and its framework exactly as a whole parse does, checking each framework once', () => {
    const { parse, checked } = counted();
    const first = sampleDocument();
    const second = sampleDocument({ appraisal: { id: 'appraisal-2', staffId: 'staff-2' } });
    const renamed = sampleDocument();
    renamed.framework = { ...renamed.framework, description: `${renamed.framework.description} (ours)` };

    for (const document of [first, second, renamed, first]) {
      const whole: unknown = JSON.parse(canonicalJson(document));
      const { rest, framework } = parse(bytesOf(document));
      expect(rest).toEqual(withoutFramework(whole as object));
      expect(framework).toEqual(frameworkSchema.parse(document.framework));
    }
    // The sample's framework, then the changed one: two distinct texts, two checks.
    expect(checked).toHaveLength(2);
  });

  it('parses a record laid out another way whole, and says null for a framework that is not one', () => {
    const { parse, checked } = counted();
    const document = sampleDocument();
    const spaced = Buffer.from(JSON.stringify(document, null, 1), 'utf8');
    expect(parse(spaced).framework).toEqual(frameworkSchema.parse(document.framework));
    const broken = bytesOf({ ...document, framework: { ...document.framework, sections: [] } });
    expect(parse(broken).framework).toBeNull();
    expect(checked).toHaveLength(2);
  });

  it('throws SyntaxError for bytes that are not JSON, however they are cut', () => {
    const { parse } = counted();
    const text = canonicalJson(sampleDocument());
    expect(() => parse(Buffer.from(text.slice(0, -1)))).toThrow(SyntaxError);
    expect(() => parse(Buffer.from(`${text.slice(0, 200)}${text.slice(-400)}`))).toThrow(SyntaxError);
  });
});
