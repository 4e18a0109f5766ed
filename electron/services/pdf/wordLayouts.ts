/**
 * The words each face has laid out, kept for the app's life. pdfkit lays out every word (a run
 * up to and with its space) with fontkit once per document and keeps it in that document's
 * font (its layoutCache): about a third of a warm render was fontkit laying out again the words
 * the last document had laid out. A word's layout in a face never changes, and pdfkit only reads
 * the runs it keeps, so each document's font cache is given the words of earlier documents
 * underneath (its prototype) and adds its own to them once the document is written: the same
 * runs, the same bytes. A first document after launch still lays out all its words.
 */
import type { Font } from 'fontkit';

/** Words kept a face, at most: a few documents' worth of different words (each a few hundred bytes). */
const maxWords = 20_000;

/** pdfkit's EmbeddedFont as far as this needs it (its cache is a null-prototype object). */
interface CachingFont {
  font: Font;
  layoutCache: Record<string, unknown>;
}

function isCachingFont(font: unknown): font is CachingFont {
  return (
    typeof font === 'object' &&
    font !== null &&
    'font' in font &&
    'layoutCache' in font &&
    typeof font.layoutCache === 'object' &&
    font.layoutCache !== null
  );
}

interface FaceWords {
  words: Record<string, unknown>;
  count: number;
}

const wordsByFace = new WeakMap<Font, FaceWords>();

function faceWords(face: Font): FaceWords {
  let known = wordsByFace.get(face);
  if (known === undefined) {
    known = { words: Object.create(null) as Record<string, unknown>, count: 0 };
    wordsByFace.set(face, known);
  }
  return known;
}

/** One document's fonts, linked to the faces' words as the writer first uses each. */
export class WordLayouts {
  private readonly linked = new Map<CachingFont, Record<string, unknown>>();

  /** Gives pdfkit's current font of `doc` the words known for its face (once a font). */
  link(doc: PDFKit.PDFDocument): void {
    const font: unknown = Reflect.get(doc, '_font');
    if (!isCachingFont(font) || this.linked.has(font)) return;
    // A cache pdfkit has already filled is left alone (never the case: linked on first use).
    if (Object.keys(font.layoutCache).length > 0) return;
    const own = Object.create(faceWords(font.font).words) as Record<string, unknown>;
    font.layoutCache = own;
    this.linked.set(font, own);
  }

  /** Adds the words this document laid out to its faces' (after it is written). */
  keep(): void {
    for (const [font, own] of this.linked) {
      const known = faceWords(font.font);
      const added = Object.keys(own);
      if (known.count + added.length > maxWords) {
        // Full: start again from this document's words (documents still being written keep
        // the old ones underneath theirs until they finish).
        const fresh: FaceWords = { words: Object.create(null) as Record<string, unknown>, count: 0 };
        wordsByFace.set(font.font, fresh);
        if (added.length > maxWords) continue;
        Object.assign(fresh.words, own);
        fresh.count = added.length;
        continue;
      }
      Object.assign(known.words, own);
      known.count += added.length;
    }
    this.linked.clear();
  }
}
