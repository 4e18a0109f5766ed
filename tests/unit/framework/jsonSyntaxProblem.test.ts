import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxProblem } from '../../../shared/framework/jsonSyntaxProblem';

describe('where a JSON file goes wrong', () => {
  it('reports a file cut short at the last line that has content', () => {
    expect(describeJsonSyntaxProblem('{\n  "a": [1,\n  2\n\n')).toBe('unexpected end at line 3');
    expect(describeJsonSyntaxProblem('{"a": "unfinished')).toBe('unexpected end at line 1');
  });

  it('reports the first character that cannot be there, with line and column', () => {
    expect(describeJsonSyntaxProblem('{\n  "a": 1,\n}')).toBe('unexpected "}" at line 3, column 1');
    expect(describeJsonSyntaxProblem("{'a': 1}")).toBe('unexpected "\'" at line 1, column 2');
    expect(describeJsonSyntaxProblem('{"a": 1} extra')).toBe('unexpected "e" at line 1, column 10');
    expect(describeJsonSyntaxProblem('{"a": tru}')).toBe('unexpected "t" at line 1, column 7');
    expect(describeJsonSyntaxProblem('{"a": 01}')).toBe('unexpected "1" at line 1, column 8');
  });

  it('names a line break inside a piece of text and a bad escape', () => {
    expect(describeJsonSyntaxProblem('{"a": "one\ntwo"}')).toBe('unexpected line break at line 1, column 11');
    expect(describeJsonSyntaxProblem('{"a": "C:\\Users"}')).toBe('unexpected "\\\\" at line 1, column 10');
  });

  it('finds nothing wrong in valid JSON, so the caller falls back to a general message', () => {
    for (const text of ['{}', '[1, -2.5e3, "x\\u00e9", true, false, null]', ' {"a": {"b": []}} ']) {
      expect(() => {
        JSON.parse(text);
      }).not.toThrow();
      expect(describeJsonSyntaxProblem(text)).toBeNull();
    }
  });
});
