/**
 * What every page carries, drawn once the page count is known: "Page X of Y", the document id,
 * the fingerprint and the audit log's head before sealing in full (so a printed page can be
 * checked against the vault and the log), "Confidential: staff record", and for a draft a large DRAFT mark.
 */
import type { AppraisalPdfSeal } from './pdfTypes';
import { drawPageFooters } from './pageFooters';
import type { PdfWriter } from './pdfWriter';
import { contentWidth, page } from './pdfStyle';

export async function drawPageFurniture(
  writer: PdfWriter,
  documentId: string,
  seal: AppraisalPdfSeal | null,
): Promise<void> {
  const lines = [
    { text: `Document ${documentId}` },
    ...(seal === null
      ? [
          {
            text: 'DRAFT – not signed. This copy has no fingerprint and is not the signed record.',
            bold: true,
          },
        ]
      : [
          { text: `Fingerprint (SHA-256): ${seal.fingerprint}` },
          { text: `Audit log head before sealing: ${seal.auditHead}` },
        ]),
  ];
  await drawPageFooters(
    writer,
    { confidential: 'Confidential: staff record', lines },
    seal === null ? () => drawDraftMark(writer) : undefined,
  );
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
