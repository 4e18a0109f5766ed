/**
 * The width of each character in a face at a size, as pdfkit's line wrapper measures it, kept
 * for the life of the app. breakLongWords adds these up over every text of every document to
 * find words too wide for their column; asked of pdfkit, each character of each font would be
 * a fontkit layout in every document (about a sixth of a document's layouts), though the
 * answer never changes. Only characters the face has a glyph for (and the line break) reach it,
 * as the writer checks text first, so it holds at most the face's characters at each size used.
 */
import type { Font } from 'fontkit';

const widthsByFace = new WeakMap<Font, Map<number, Map<number, number>>>();

/** The widths known for `face` at `size`, by code point; the caller measures and adds what is missing. */
export function characterWidths(face: Font, size: number): Map<number, number> {
  let bySize = widthsByFace.get(face);
  if (bySize === undefined) {
    bySize = new Map();
    widthsByFace.set(face, bySize);
  }
  let widths = bySize.get(size);
  if (widths === undefined) {
    widths = new Map();
    bySize.set(size, widths);
  }
  return widths;
}
