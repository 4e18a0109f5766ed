/**
 * The one place text reaches the page. Every string is normalised (NFC, Windows line endings)
 * and checked against the font face that will draw it before anything is drawn, so a name
 * the font cannot print stops the document instead of becoming a blank box, and a word wider
 * than its column is cut here (breakLongWords), never by pdfkit's slow way. It also keeps the
 * current font, so a running heading drawn on a new page mid-paragraph puts it back.
 */
import { breakLongWords } from './breakLongWords';
import { characterWidths } from './characterWidths';
import { pdfNumber, simpleLines } from './simpleLines';
import type { FontStyle } from './pdfFonts';
import { colour, contentWidth, lineGap, page } from './pdfStyle';
import type { GlyphCoverage } from './unprintableText';
import { WordLayouts } from './wordLayouts';
import { yieldToEventLoop } from './yieldToEventLoop';

/** Characters laid out between two turns of the event loop: a few milliseconds' work. */
const stepLength = 2_000;

/**
 * The text cut just after line breaks into steps of about stepLength characters (a paragraph
 * with no line break stays whole). A step starts a new line anyway, so drawing the steps one
 * after another lays out the same lines as drawing the whole; there is always one step.
 */
function inSteps(text: string): string[] {
  const steps: string[] = [];
  let start = 0;
  do {
    const newline = text.indexOf('\n', start + stepLength);
    const end = newline === -1 ? text.length : newline + 1;
    steps.push(text.slice(start, end));
    start = end;
  } while (start < text.length);
  return steps;
}

/** Text ready to lay out in a column of `width`, and its lines once known (simpleLines). */
interface Wrappable {
  text: string;
  width: number;
  lines?: string[] | null;
}

interface TextState {
  style: FontStyle;
  size: number;
  colour: string;
}

type Align = 'left' | 'right' | 'center';

export interface TextOptions {
  style?: FontStyle;
  size?: number;
  colour?: string;
  x?: number;
  width?: number;
  align?: Align;
}

export class PdfWriter {
  private state: TextState = { style: 'regular', size: 9.5, colour: colour.text };
  private runningHeading: (() => void) | null = null;
  /**
   * Text already made wrappable, by font, size, width and text: a block is measured
   * (heightOf) and then drawn (text) with the same text, and footers repeat on every page.
   */
  private readonly wrappableTexts = new Map<string, Wrappable>();
  /** Width of a text in the current font and size, as pdfkit's line wrapper measures it. */
  private readonly measure = (text: string): number => this.doc.widthOfString(text);
  /** Words laid out by earlier documents, given to this one's fonts as the writer uses them. */
  private readonly wordLayouts = new WordLayouts();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly coverage: GlyphCoverage,
  ) {
    doc.on('pageAdded', () => {
      if (this.runningHeading === null) return;
      const saved = this.state;
      this.runningHeading();
      this.use(saved.style, saved.size, saved.colour);
    });
  }

  /** The text as it will be drawn; throws UnprintableTextError naming `field`. */
  ready(text: string, field: string, style: FontStyle = this.state.style): string {
    let normalised = text.normalize('NFC');
    // Most text has neither; looking is cheaper than replacing.
    if (normalised.includes('\r')) normalised = normalised.replace(/\r\n?/g, '\n');
    if (normalised.includes('\t')) normalised = normalised.replace(/\t/g, '    ');
    this.coverage.check(normalised, field, style);
    return normalised;
  }

  use(style: FontStyle, size: number, fill: string = colour.text): void {
    this.state = { style, size, colour: fill };
    this.doc.font(style).fontSize(size).fillColor(fill);
    this.wordLayouts.link(this.doc);
  }

  /** Once the document is written: its words are kept for the next (wordLayouts.ts). */
  keepWordLayouts(): void {
    this.wordLayouts.keep();
  }

  /** Draws text at the current y (or `at`), flowing onto new pages when it is long. */
  text(text: string, field: string, options: TextOptions = {}, at?: number): void {
    const width = options.width ?? contentWidth;
    const wrappable = this.wrappable(text, field, options, width);
    this.draw(wrappable, options.x ?? page.left, at ?? this.doc.y, options.align ?? 'left');
  }

  /** Height the text would take, for keeping short blocks together. */
  heightOf(text: string, field: string, options: TextOptions = {}): number {
    const width = options.width ?? contentWidth;
    const wrappable = this.wrappable(text, field, options, width);
    const lines = this.linesOf(wrappable);
    if (lines === null) return this.doc.heightOfString(wrappable.text, { width, lineGap });
    // What heightOfString adds up, line by line in the same order (the same float).
    const start = this.doc.y;
    const step = this.doc.currentLineHeight(true) + lineGap;
    let y = start;
    for (let line = 0; line < lines.length; line += 1) y += step;
    return y - start;
  }

  /**
   * Free text of any length (evidence, reasons, comments): drawn as text() draws it, in steps
   * of whole lines with the event loop let run between them, so a note of 100,000 characters
   * does not hold main while it is laid out.
   */
  async flow(text: string, field: string, options: TextOptions = {}, at?: number): Promise<void> {
    const width = options.width ?? contentWidth;
    const x = options.x ?? page.left;
    let y = at ?? this.doc.y;
    const wrappable = this.wrappable(text, field, options, width);
    const steps = inSteps(wrappable.text);
    for (const [index, step] of steps.entries()) {
      if (index > 0) {
        await yieldToEventLoop();
        y = this.doc.y;
      }
      this.draw(steps.length === 1 ? wrappable : { text: step, width }, x, y, options.align ?? 'left');
    }
  }

  /** heightOf() for free text of any length, measured in the same steps as flow() draws it. */
  async flowHeight(text: string, field: string, options: TextOptions = {}): Promise<number> {
    const width = options.width ?? contentWidth;
    let height = 0;
    for (const [index, step] of inSteps(this.wrappable(text, field, options, width).text).entries()) {
      if (index > 0) await yieldToEventLoop();
      height += this.doc.heightOfString(step, { width, lineGap });
    }
    return height;
  }

  /**
   * pdfkit's text() in a column. Left-aligned text whose lines are known (simpleLines) and fit
   * on this page is drawn line by line without the line wrapper, exactly where and as the
   * wrapper would draw each, leaving x and y where it would (the same bytes, less work).
   */
  private draw(wrappable: Wrappable, x: number, y: number, align: Align): void {
    const { doc } = this;
    const lines = align === 'left' ? this.linesOf(wrappable) : null;
    if (lines !== null && lines.length > 0) {
      const lineHeight = doc.currentLineHeight(true);
      const step = lineHeight + lineGap;
      // The wrapper turns the page before a line that would cross the foot (against the foot
      // as it rounds it): all lines fit, or it decides.
      const foot = pdfNumber(doc.page.maxY());
      let last = y;
      for (let line = 1; line < lines.length; line += 1) last += step;
      if (y + lineHeight <= foot && last + lineHeight <= foot) {
        let at = y;
        for (const line of lines) {
          doc.text(line, x, at, { lineBreak: false });
          at += step;
        }
        doc.x = x;
        doc.y = at;
        return;
      }
    }
    doc.text(wrappable.text, x, y, { width: wrappable.width, align, lineGap });
  }

  /** Worked out once a text: a block is measured, then drawn. */
  private linesOf(wrappable: Wrappable): string[] | null {
    if (wrappable.lines === undefined)
      wrappable.lines = simpleLines(wrappable.text, wrappable.width, this.measure);
    return wrappable.lines;
  }

  /** Ready text in the font it will be drawn with, words wider than the column already cut. */
  private wrappable(text: string, field: string, options: TextOptions, width: number): Wrappable {
    const style = options.style ?? 'regular';
    const size = options.size ?? 9.5;
    this.use(style, size, options.colour ?? colour.text);
    const key = `${style} ${size} ${width}\n${text}`;
    let wrappable = this.wrappableTexts.get(key);
    if (wrappable === undefined) {
      // Only text that passed the glyph check is remembered, so unprintable text throws (naming
      // its own field) every time.
      const ready = this.ready(text, field, style);
      const widths = characterWidths(this.coverage.face(style), size);
      wrappable = { text: breakLongWords(ready, width, this.measure, widths), width };
      this.wrappableTexts.set(key, wrappable);
    }
    return wrappable;
  }

  spaceLeft(): number {
    return page.bottom - this.doc.y;
  }

  /** Starts a new page unless `height` still fits on this one. */
  keepTogether(height: number): void {
    if (height > this.spaceLeft()) this.doc.addPage();
  }

  /** Drawn at the top of every page added while it is set (table headings that repeat). */
  setRunningHeading(draw: (() => void) | null): void {
    this.runningHeading = draw;
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  rule(thickness = 0.5, fill: string = colour.rule): void {
    const y = this.doc.y;
    this.doc
      .save()
      .lineWidth(thickness)
      .strokeColor(fill)
      .moveTo(page.left, y)
      .lineTo(page.right, y)
      .stroke()
      .restore();
  }
}
