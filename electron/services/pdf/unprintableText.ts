/**
 * A character the document font has no glyph for must stop the PDF, never print as a blank
 * box: a signed record has to show every name exactly as typed.
 */
import { create, type Font } from 'fontkit';
import type { FontStyle, PdfFonts } from './pdfFonts';

export class UnprintableTextError extends Error {
  override readonly name = 'UnprintableTextError';

  constructor(
    /** What the text is, as a sentence start: "The staff name". */
    readonly field: string,
    readonly text: string,
    readonly character: string,
  ) {
    super(
      `${field} "${excerptAround(text, character)}" has a character (${character}, ${codePointLabel(character)}) ` +
        'the document font cannot print. Change the text and try again.',
    );
  }
}

function codePointLabel(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Short text is quoted whole; a long note is quoted around the character so it can be found. */
function excerptAround(text: string, character: string): string {
  if (text.length <= 80) return text;
  const at = text.indexOf(character);
  const start = Math.max(0, at - 30);
  const end = Math.min(text.length, at + character.length + 30);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Line breaks and tabs are layout, not glyphs; the writer turns them into lines and spaces. */
const layoutCharacters = new Set(['\n', '\t']);

/** Checks text against the exact font face that will draw it (bold covers a little less). */
export class GlyphCoverage {
  private readonly faces: Record<FontStyle, Font>;
  private readonly known: Record<FontStyle, Map<number, boolean>> = {
    regular: new Map(),
    bold: new Map(),
    italic: new Map(),
  };

  constructor(fonts: PdfFonts) {
    this.faces = { regular: parse(fonts.regular), bold: parse(fonts.bold), italic: parse(fonts.italic) };
  }

  /** The parsed face, shared with pdfkit so each document does not parse the font again. */
  face(style: FontStyle): Font {
    return this.faces[style];
  }

  /** Throws UnprintableTextError for the first character the face cannot draw. */
  check(text: string, field: string, style: FontStyle): void {
    const known = this.known[style];
    for (const character of text) {
      if (layoutCharacters.has(character)) continue;
      const codePoint = character.codePointAt(0) ?? 0;
      let printable = known.get(codePoint);
      if (printable === undefined) {
        printable = codePoint >= 0x20 && this.faces[style].hasGlyphForCodePoint(codePoint);
        known.set(codePoint, printable);
      }
      if (!printable) throw new UnprintableTextError(field, text, character);
    }
  }
}

/** Parsing a face is most of a document's work; the same bytes (loaded once at start-up) parse once. */
const parsed = new WeakMap<Uint8Array, Font>();

function parse(bytes: Uint8Array): Font {
  const cached = parsed.get(bytes);
  if (cached) return cached;
  const font = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!('hasGlyphForCodePoint' in font))
    throw new Error('The document font file is a font collection, not one font.');
  parsed.set(bytes, font);
  return font;
}
