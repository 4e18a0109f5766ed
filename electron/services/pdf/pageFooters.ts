/**
 * The foot of every page of the app's PDFs, drawn once the page count is known: a rule, the
 * confidentiality line in bold with "Page X of Y" on the right, then the document's own lines
 * beneath, 10 points apart. Drawn below the content area, so writing there starts no new page.
 */
import type { PdfWriter } from './pdfWriter';
import { colour, contentWidth, page, size } from './pdfStyle';
import { yieldToEventLoop } from './yieldToEventLoop';

interface FooterLine {
  text: string;
  bold?: boolean;
}

export interface PageFooter {
  confidential: string;
  lines: readonly FooterLine[];
}

/** Pages given their footer between two turns of main's event loop. */
const pagesPerStep = 20;

/**
 * Gives every page the footer. `onPage`, if given, first draws what else each page carries
 * (with the page's bottom margin lifted, as for the footer).
 */
export async function drawPageFooters(
  writer: PdfWriter,
  footer: PageFooter,
  onPage?: () => void,
): Promise<void> {
  const { doc } = writer;
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    if (index > start && (index - start) % pagesPerStep === 0) await yieldToEventLoop();
    doc.switchToPage(index);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    onPage?.();
    drawFooter(writer, footer, index - start + 1, count);
    doc.page.margins = margins;
  }
}

function drawFooter(writer: PdfWriter, footer: PageFooter, pageNumber: number, pageCount: number): void {
  const top = page.bottom + 22;
  writer.doc
    .save()
    .lineWidth(0.5)
    .strokeColor(colour.rule)
    .moveTo(page.left, top - 6)
    .lineTo(page.right, top - 6)
    .stroke()
    .restore();
  const line = (text: string, y: number, bold: boolean, align: 'left' | 'right' = 'left') =>
    writer.text(
      text,
      'The page footer',
      {
        style: bold ? 'bold' : 'regular',
        size: size.footer,
        colour: colour.muted,
        x: page.left,
        width: contentWidth,
        align,
      },
      y,
    );
  line(footer.confidential, top, true);
  line(`Page ${pageNumber} of ${pageCount}`, top, true, 'right');
  for (const [i, { text, bold = false }] of footer.lines.entries()) line(text, top + 10 * (i + 1), bold);
}
