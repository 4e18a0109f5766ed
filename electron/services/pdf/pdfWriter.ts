/**
 * The one place text reaches the page. Every string is normalised (NFC, Windows line endings)
 * and checked against the font face that will draw it before anything is drawn, so a name
 * the font cannot print stops the document instead of becoming a blank box, and a word wider
 * than its column is cut here (breakLongWords), never by pdfkit's slow way. It also keeps the
 * current font, so a running heading drawn on a new page mid-paragraph puts it back.
 */
import { breakLongWords } from './breakLongWords';
import type { FontStyle } from './pdfFonts';
import { colour, contentWidth, lineGap, page } from './pdfStyle';
import type { GlyphCoverage } from './unprintableText';
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

interface TextState {
  style: FontStyle;
  size: number;
  colour: string;
}

export interface TextOptions {
  style?: FontStyle;
  size?: number;
  colour?: string;
  x?: number;
  width?: number;
  align?: 'left' | 'right' | 'center';
}

export class PdfWriter {
  private state: TextState = { style: 'regular', size: 9.5, colour: colour.text };
  private runningHeading: (() => void) | null = null;

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
    const normalised = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
    this.coverage.check(normalised, field, style);
    return normalised;
  }

  use(style: FontStyle, size: number, fill: string = colour.text): void {
    this.state = { style, size, colour: fill };
    this.doc.font(style).fontSize(size).fillColor(fill);
  }

  /** Draws text at the current y (or `at`), flowing onto new pages when it is long. */
  text(text: string, field: string, options: TextOptions = {}, at?: number): void {
    const width = options.width ?? contentWidth;
    this.doc.text(this.wrappable(text, field, options, width), options.x ?? page.left, at ?? this.doc.y, {
      width,
      align: options.align ?? 'left',
      lineGap,
    });
  }

  /** Height the text would take, for keeping short blocks together. */
  heightOf(text: string, field: string, options: TextOptions = {}): number {
    const width = options.width ?? contentWidth;
    return this.doc.heightOfString(this.wrappable(text, field, options, width), { width, lineGap });
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
    for (const [index, step] of inSteps(this.wrappable(text, field, options, width)).entries()) {
      if (index > 0) {
        await yieldToEventLoop();
        y = this.doc.y;
      }
      this.doc.text(step, x, y, { width, align: options.align ?? 'left', lineGap });
    }
  }

  /** heightOf() for free text of any length, measured in the same steps as flow() draws it. */
  async flowHeight(text: string, field: string, options: TextOptions = {}): Promise<number> {
    const width = options.width ?? contentWidth;
    let height = 0;
    for (const [index, step] of inSteps(this.wrappable(text, field, options, width)).entries()) {
      if (index > 0) await yieldToEventLoop();
      height += this.doc.heightOfString(step, { width, lineGap });
    }
    return height;
  }

  /** Ready text in the font it will be drawn with, words wider than the column already cut. */
  private wrappable(text: string, field: string, options: TextOptions, width: number): string {
    const style = options.style ?? 'regular';
    const ready = this.ready(text, field, style);
    this.use(style, options.size ?? 9.5, options.colour ?? colour.text);
    return breakLongWords(ready, width, (piece) => this.doc.widthOfString(piece));
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
