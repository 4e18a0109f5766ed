/**
 * What every page carries, drawn once the page count is known: "Page X of Y", the document id,
 * the fingerprint and the audit log's head before sealing in full (so a printed page can be
 * checked against the vault and the log), "Confidential: staff record", and for a draft a large DRAFT mark.
 */
import type { AppraisalPdfSeal } from './pdfTypes';
import type { PdfWriter } from './pdfWriter';
import { colour, contentWidth, page, size } from './pdfStyle';
import { yieldToEventLoop } from './yieldToEventLoop';

/** Pages given their furniture between two turns of the event loop. */
const pagesPerStep = 20;

export async function drawPageFurniture(
  writer: PdfWriter,
  documentId: string,
  seal: AppraisalPdfSeal | null,
): Promise<void> {
  const { doc } = writer;
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    if (index > start && (index - start) % pagesPerStep === 0) await yieldToEventLoop();
    doc.switchToPage(index);
    // Writing below the content area must not start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    if (seal === null) drawDraftMark(writer);
    drawFooter(writer, documentId, seal, index - start + 1, count);
    doc.page.margins = margins;
  }
}

function drawFooter(
  writer: PdfWriter,
  documentId: string,
  seal: AppraisalPdfSeal | null,
  pageNumber: number,
  pageCount: number,
): void {
  const { doc } = writer;
  const top = page.bottom + 22;
  doc
    .save()
    .lineWidth(0.5)
    .strokeColor(colour.rule)
    .moveTo(page.left, top - 6)
    .lineTo(page.right, top - 6)
    .stroke()
    .restore();
  const line = (
    text: string,
    y: number,
    options: { style?: 'regular' | 'bold'; align?: 'left' | 'right' } = {},
  ) =>
    writer.text(
      text,
      'The page footer',
      {
        style: options.style ?? 'regular',
        size: size.footer,
        colour: colour.muted,
        x: page.left,
        width: contentWidth,
        align: options.align ?? 'left',
      },
      y,
    );
  line('Confidential: staff record', top, { style: 'bold' });
  line(`Page ${pageNumber} of ${pageCount}`, top, { style: 'bold', align: 'right' });
  line(`Document ${documentId}`, top + 10);
  if (seal === null) {
    line('DRAFT – not signed. This copy has no fingerprint and is not the signed record.', top + 20, {
      style: 'bold',
    });
    return;
  }
  line(`Fingerprint (SHA-256): ${seal.fingerprint}`, top + 20);
  line(`Audit log head before sealing: ${seal.auditHead}`, top + 30);
}

function drawDraftMark(writer: PdfWriter): void {
  const { doc } = writer;
  const centreX = page.width / 2;
  const centreY = page.height / 2;
  doc.save();
  doc.rotate(-50, { origin: [centreX, centreY] });
  doc.opacity(0.13);
  writer.text(
    'DRAFT',
    'The draft mark',
    { style: 'bold', size: 140, x: centreX - 300, width: 600, align: 'center' },
    centreY - 85,
  );
  doc.restore();
  writer.text(
    'DRAFT – not signed',
    'The draft mark',
    { style: 'bold', size: 9, x: page.left, width: contentWidth, align: 'right' },
    page.top - 28,
  );
}
