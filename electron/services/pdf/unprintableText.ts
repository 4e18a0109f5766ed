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

/** Checks text against the exact font face that will draw it (bold covers a little less). */
export class GlyphCoverage {
  private readonly faces: Record<FontStyle, Font>;

  constructor(fonts: PdfFonts) {
    this.faces = { regular: parse(fonts.regular), bold: parse(fonts.bold), italic: parse(fonts.italic) };
  }

  /** The parsed face, shared with pdfkit so each document does not parse the font again. */
  face(style: FontStyle): Font {
    return this.faces[style];
  }

  /** Throws UnprintableTextError for the first character the face cannot draw. */
  check(text: string, field: string, style: FontStyle): void {
    const face = this.faces[style];
    const known = knownCharacters(face);
    for (let at = 0; at < text.length; at += 1) {
      let codePoint = text.charCodeAt(at);
      // Line breaks and tabs are layout, not glyphs; the writer turns them into lines and spaces.
      if (codePoint === 0x0a || codePoint === 0x09) continue;
      if (codePoint >= 0xd800 && codePoint <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1))) {
        codePoint = text.codePointAt(at) ?? codePoint;
        at += 1;
      }
      if (!isPrintable(face, known, codePoint))
        throw new UnprintableTextError(field, text, String.fromCodePoint(codePoint));
    }
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * What each face is known to print, kept for the app's life (a face's glyphs never change):
 * asking fontkit costs microseconds a character, and every document asked again. Characters
 * of the Basic Multilingual Plane in an array (0 not asked yet, 1 printable, 2 not), others in
 * a set of those that print.
 */
interface KnownCharacters {
  basic: Uint8Array;
  astral: Set<number>;
}

const knownByFace = new WeakMap<Font, KnownCharacters>();

function knownCharacters(face: Font): KnownCharacters {
  let known = knownByFace.get(face);
  if (known === undefined) {
    known = { basic: new Uint8Array(0x10000), astral: new Set() };
    knownByFace.set(face, known);
  }
  return known;
}

/** Runs for every character of every text: no closures made here. */
function isPrintable(face: Font, known: KnownCharacters, codePoint: number): boolean {
  if (codePoint < 0x10000) {
    let state = known.basic[codePoint] ?? 0;
    if (state === 0) {
      state = hasGlyph(face, codePoint) ? 1 : 2;
      known.basic[codePoint] = state;
    }
    return state === 1;
  }
  // Only what prints is kept here, so the map holds at most the face's own characters.
  if (known.astral.has(codePoint)) return true;
  const printable = hasGlyph(face, codePoint);
  if (printable) known.astral.add(codePoint);
  return printable;
}

function hasGlyph(face: Font, codePoint: number): boolean {
  return codePoint >= 0x20 && face.hasGlyphForCodePoint(codePoint);
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
