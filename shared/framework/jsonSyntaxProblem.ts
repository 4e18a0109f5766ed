/**
 * Where a JSON text first goes wrong, in words a manager can act on ("unexpected end at
 * line 12"). JSON.parse's own messages differ between Node and Electron versions and often
 * give no line at all, so this walks the text itself. It is only called after JSON.parse
 * has already failed, and returns null if it cannot find the fault.
 */

class SyntaxFault extends Error {
  constructor(readonly position: number) {
    super(`JSON syntax fault at ${position}`);
  }
}

const whitespace = new Set([' ', '\t', '\n', '\r']);
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const escapePattern = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

export function describeJsonSyntaxProblem(text: string): string | null {
  let position = 0;

  const fault = () => new SyntaxFault(position);
  const skipWhitespace = () => {
    while (position < text.length && whitespace.has(text.charAt(position))) position += 1;
  };
  const expect = (character: string) => {
    if (text.charAt(position) !== character) throw fault();
    position += 1;
  };
  const matchAt = (pattern: RegExp): boolean => {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (!match) return false;
    position += match[0].length;
    return true;
  };

  const readString = () => {
    expect('"');
    for (;;) {
      const character = text.charAt(position);
      if (position >= text.length || character.charCodeAt(0) < 0x20) throw fault();
      if (character === '"') break;
      if (character === '\\') {
        if (!matchAt(escapePattern)) throw fault();
      } else {
        position += 1;
      }
    }
    position += 1;
  };

  const readList = (close: string, readItem: () => void) => {
    position += 1;
    skipWhitespace();
    if (text.charAt(position) === close) {
      position += 1;
      return;
    }
    for (;;) {
      readItem();
      skipWhitespace();
      if (text.charAt(position) === close) {
        position += 1;
        return;
      }
      expect(',');
    }
  };

  const readValue = (): void => {
    skipWhitespace();
    const character = text.charAt(position);
    if (character === '{') {
      readList('}', () => {
        skipWhitespace();
        readString();
        skipWhitespace();
        expect(':');
        readValue();
      });
    } else if (character === '[') {
      readList(']', readValue);
    } else if (character === '"') {
      readString();
    } else if (!matchAt(numberPattern)) {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, position));
      if (word === undefined) throw fault();
      position += word.length;
    }
  };

  try {
    readValue();
    skipWhitespace();
    if (position < text.length) throw fault();
    return null;
  } catch (error) {
    // RangeError: nesting too deep to walk; say nothing rather than guess.
    if (!(error instanceof SyntaxFault)) return null;
    return error.position >= text.length
      ? `unexpected end at line ${lineOf(text, text.trimEnd().length)}`
      : unexpectedAt(text, error.position);
  }
}

function unexpectedAt(text: string, position: number): string {
  const { line, column } = lineAndColumn(text, position);
  const character = String.fromCodePoint(text.codePointAt(position) ?? 0);
  const shown = character === '\n' || character === '\r' ? 'line break' : JSON.stringify(character);
  return `unexpected ${shown} at line ${line}, column ${column}`;
}

function lineOf(text: string, position: number): number {
  return lineAndColumn(text, position).line;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: position - lineStart + 1 };
}
