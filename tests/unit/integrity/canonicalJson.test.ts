/**
 * RFC 8785 (JSON Canonicalization Scheme). The vectors are the RFC's own: the sample in
 * section 3.2.2, the property-sorting sample in 3.2.3 and the number table in Appendix B.
 */
import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson } from '../../../shared/integrity/canonicalJson';

describe('canonical JSON: the RFC 8785 samples', () => {
  it('serialises the section 3.2.2 sample exactly as the RFC prints it', () => {
    // The RFC's input, as JSON text, so its number and escape spellings reach the parser.
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50,
                  2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    const expected =
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
      String.raw`"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    expect(canonicalJson(JSON.parse(input))).toBe(expected);
  });

  it('sorts properties by UTF-16 code units (section 3.2.3), so the emoji sorts before U+FB33', () => {
    const input = String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`;
    const expected =
      String.raw`{"\r":"Carriage Return","1":"One",` +
      '"\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign",' +
      '"\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}';
    expect(canonicalJson(JSON.parse(input))).toBe(expected);
  });

  it('writes text as UTF-8 characters, escaping only what JSON must (section 3.2.2.2)', () => {
    expect(canonicalJson('\u0000\u0008\u0009\u000a\u000c\u000d\u001f')).toBe(
      String.raw`"\u0000\b\t\n\f\r\u001f"`,
    );
    expect(canonicalJson('/ \u007f \u0080 é Ł Ș ỗ 😀')).toBe('"/ \u007f \u0080 é Ł Ș ỗ 😀"');
    expect(canonicalJson('"\\')).toBe(String.raw`"\"\\"`);
  });
});

/** Appendix B: IEEE 754 bit patterns and the text each must become. */
const appendixB: readonly (readonly [hex: string, expected: string])[] = [
  ['0000000000000000', '0'],
  ['8000000000000000', '0'], // minus zero
  ['0000000000000001', '5e-324'],
  ['8000000000000001', '-5e-324'],
  ['7fefffffffffffff', '1.7976931348623157e+308'],
  ['ffefffffffffffff', '-1.7976931348623157e+308'],
  ['4340000000000000', '9007199254740992'],
  ['c340000000000000', '-9007199254740992'],
  ['4430000000000000', '295147905179352830000'],
  ['44b52d02c7e14af5', '9.999999999999997e+22'],
  ['44b52d02c7e14af6', '1e+23'],
  ['44b52d02c7e14af7', '1.0000000000000001e+23'],
  ['444b1ae4d6e2ef4e', '999999999999999700000'],
  ['444b1ae4d6e2ef4f', '999999999999999900000'],
  ['444b1ae4d6e2ef50', '1e+21'],
  ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
  ['3eb0c6f7a0b5ed8d', '0.000001'],
  ['41b3de4355555553', '333333333.3333332'],
  ['41b3de4355555554', '333333333.33333325'],
  ['41b3de4355555555', '333333333.3333333'],
  ['41b3de4355555556', '333333333.3333334'],
  ['41b3de4355555557', '333333333.33333343'],
  ['becbf647612f3696', '-0.0000033333333333333333'],
  ['43143ff3c1cb0959', '1424953923781206.2'],
];

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('canonical JSON: numbers (RFC 8785 Appendix B)', () => {
  it.each(appendixB)('%s is written %s', (hex, expected) => {
    expect(canonicalJson(fromBits(hex))).toBe(expected);
  });

  it('refuses the NaN and Infinity bit patterns of Appendix B', () => {
    for (const hex of ['7fffffffffffffff', '7ff0000000000000', 'fff0000000000000']) {
      expect(() => canonicalJson(fromBits(hex)), hex).toThrow(CanonicalJsonError);
    }
  });

  it('writes familiar numbers the ECMAScript way', () => {
    const cases: readonly (readonly [number, string])[] = [
      [0, '0'],
      [-0, '0'],
      [1, '1'],
      [-1.5, '-1.5'],
      [1e21, '1e+21'],
      [1e20, '100000000000000000000'],
      [1e-7, '1e-7'],
      [1e-6, '0.000001'],
      [9007199254740992, '9007199254740992'],
      [Number.MIN_VALUE, '5e-324'],
      [Number.MAX_VALUE, '1.7976931348623157e+308'],
      [0.1 + 0.2, '0.30000000000000004'],
      [100, '100'],
      [123e-20, '1.23e-18'],
    ];
    for (const [value, expected] of cases) expect(canonicalJson(value), expected).toBe(expected);
  });
});

describe('canonical JSON: one text for one value', () => {
  it('ignores key order and whitespace, deep inside objects and arrays', () => {
    const a = JSON.parse('{"b": {"y": [1, {"q": 1, "p": 2}], "x": null}, "a": "text"}') as unknown;
    const b = JSON.parse(`{
      "a" : "text",
      "b" : { "x" : null,
              "y" : [ 1 , { "p" : 2 , "q" : 1 } ] }
    }`) as unknown;
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":"text","b":{"x":null,"y":[1,{"p":2,"q":1}]}}');
  });

  it('keeps array order, which is meaningful', () => {
    expect(canonicalJson([3, [2, 1], 'a'])).toBe('[3,[2,1],"a"]');
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('writes empty containers and literals plainly', () => {
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({ a: [], b: {} })).toBe('{"a":[],"b":{}}');
    expect(canonicalJson([null, true, false])).toBe('[null,true,false]');
  });

  it('accepts objects without a prototype (as some parsers make them)', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.z = 1;
    bare.a = 2;
    expect(canonicalJson(bare)).toBe('{"a":2,"z":1}');
  });

  it('does not normalise Unicode (RFC 8785 3.2.2.2): a decomposed name is a different text', () => {
    // So names must be normalised to NFC before they are sealed.
    const composed = 'Nguyễn Thị Hoa';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(canonicalJson(decomposed)).not.toBe(canonicalJson(composed));
  });
});

class Point {
  constructor(readonly x: number) {}
}

describe('canonical JSON: values with no single JSON form are refused, naming where', () => {
  const refusals: readonly (readonly [label: string, value: unknown, path: string])[] = [
    ['undefined', { a: { b: undefined } }, '$.a.b'],
    ['NaN', { scores: [1, Number.NaN] }, '$.scores[1]'],
    ['Infinity', { n: Number.POSITIVE_INFINITY }, '$.n'],
    ['minus Infinity', [Number.NEGATIVE_INFINITY], '$[0]'],
    ['a function', { f: () => 1 }, '$.f'],
    ['a bigint', { big: 10n }, '$.big'],
    ['a symbol', { s: Symbol('s') }, '$.s'],
    ['a Date', { at: new Date(0) }, '$.at'],
    ['a Map', { m: new Map([['a', 1]]) }, '$.m'],
    ['a Set', [new Set([1])], '$[0]'],
    ['bytes', { png: new Uint8Array([1, 2]) }, '$.png'],
    ['a class instance', { x: new Point(1) }, '$.x'],
    ['a lone high surrogate', { name: 'Ann\uD83D' }, '$.name'],
    ['a lone low surrogate', ['\uDE00x'], '$[0]'],
    ['a key with a lone surrogate', { inner: { ['k\uD800']: 1 } }, '$.inner'],
    ['a hole in an array', { list: [1, , 3] }, '$.list[1]'], // eslint-disable-line no-sparse-arrays -- the hole is the point
    ['undefined at the top', undefined, '$'],
  ];

  it.each(refusals)('%s', (_label, value, path) => {
    let error: unknown;
    try {
      canonicalJson(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CanonicalJsonError);
    expect((error as Error).message.startsWith(`${path} `), (error as Error).message).toBe(true);
  });

  it('refuses a value that contains itself, with a plain message instead of a stack overflow', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = { again: loop };
    expect(() => canonicalJson(loop)).toThrow(new CanonicalJsonError('$.self.again contains itself.'));
    const list: unknown[] = [];
    list.push(list);
    expect(() => canonicalJson(list)).toThrow(new CanonicalJsonError('$[0] contains itself.'));
  });

  it('writes the same object twice when it is shared but not a loop', () => {
    const shared = { b: 1 };
    expect(canonicalJson({ x: shared, y: [shared, shared] })).toBe('{"x":{"b":1},"y":[{"b":1},{"b":1}]}');
  });

  it('accepts a correctly paired surrogate (an emoji) in keys and values', () => {
    expect(canonicalJson({ '😀': '😀' })).toBe('{"😀":"😀"}');
  });
});
