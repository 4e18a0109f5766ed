/**
 * Page one's top: the home (logo, name, address, CQC location), the title, and who, when and
 * against which framework version the appraisal was made. An amendment says which version and
 * date it replaces, why, and what changed.
 */
import {
  amendmentChanges,
  amendmentHeading,
  reasonOnlyNote,
} from '../../../shared/appraisal/amendmentChanges';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import type { AppraisalPdfLogo } from './pdfTypes';
import { flattenPng } from './flattenPng';
import { printedDate } from './pdfDates';
import type { PdfWriter } from './pdfWriter';
import { colour, contentWidth, page, size } from './pdfStyle';

const logoBox = { width: 113, height: 56 } as const;

export async function drawDocumentHeader(
  writer: PdfWriter,
  document: AppraisalDocument,
  logo: AppraisalPdfLogo | null,
  replaced: AppraisalDocument | null,
): Promise<void> {
  const { doc } = writer;
  const top = page.top;
  let homeX = page.left;
  if (logo !== null) {
    const picture = logo.mediaType === 'image/png' ? flattenPng(logo.bytes, 'The home logo') : logo.bytes;
    doc.image(Buffer.from(picture), page.left, top, { fit: [logoBox.width, logoBox.height] });
    homeX = page.left + logoBox.width + 14;
  }
  const homeWidth = page.right - homeX;
  writer.text(
    document.home.name,
    'The home name',
    { style: 'bold', size: 13, x: homeX, width: homeWidth },
    top,
  );
  if (document.home.address.trim() !== '')
    writer.text(document.home.address, 'The home address', {
      size: size.small,
      colour: colour.muted,
      x: homeX,
      width: homeWidth,
    });
  if (document.home.cqcLocationId !== '')
    writer.text(`CQC location ID: ${document.home.cqcLocationId}`, 'The CQC location ID', {
      size: size.small,
      colour: colour.muted,
      x: homeX,
      width: homeWidth,
    });
  doc.y = Math.max(doc.y, logo === null ? 0 : top + logoBox.height) + 10;
  writer.rule(1, colour.text);
  writer.gap(12);

  writer.text('Staff appraisal', 'The title', { style: 'bold', size: size.title });
  writer.text('Management tasks and leadership behaviours', 'The subtitle', {
    size: size.subheading,
    colour: colour.muted,
  });
  writer.gap(10);
  await drawAmendment(writer, document, replaced);
  drawDetails(writer, document);
}

/**
 * An amendment's box: the version and date it replaces (main read that version from its own
 * vault), why, and what changed, in the same words the screens showed before signing.
 */
async function drawAmendment(
  writer: PdfWriter,
  document: AppraisalDocument,
  replaced: AppraisalDocument | null,
): Promise<void> {
  if (document.supersedes === null || replaced === null) return;
  const { appraisal } = document;
  const heading = amendmentHeading(appraisal.version, {
    version: replaced.appraisal.version,
    meetingDate: replaced.appraisal.header.meetingDate,
    sealedAt: replaced.sealedAt ?? '',
  });
  const reason = appraisal.amendmentReason.trim() === '' ? 'No reason recorded.' : appraisal.amendmentReason;
  const changes = amendmentChanges(replaced, document);
  const changesTitle =
    changes.length === 0 ? reasonOnlyNote : `What changed from version ${replaced.appraisal.version}:`;
  const inner = contentWidth - 16;
  const bulletIndent = 10;
  const lineOptions = { size: size.body, x: page.left + 8 + bulletIndent, width: inner - bulletIndent };
  let height =
    writer.heightOf(heading, 'The amendment heading', { style: 'bold', size: size.body, width: inner }) +
    (await writer.flowHeight(`Reason: ${reason}`, 'The amendment reason', {
      size: size.body,
      width: inner,
    })) +
    writer.heightOf(changesTitle, 'The amendment changes title', {
      style: 'bold',
      size: size.body,
      width: inner,
    }) +
    18;
  for (const line of changes)
    height += writer.heightOf(line, 'An amendment change', { size: size.body, width: lineOptions.width });
  writer.keepTogether(Math.min(height, 200));
  const top = writer.doc.y;
  const pagesBefore = writer.doc.bufferedPageRange().count;
  writer.text(
    heading,
    'The amendment heading',
    { style: 'bold', size: size.body, x: page.left + 8, width: inner },
    top + 6,
  );
  await writer.flow(`Reason: ${reason}`, 'The amendment reason', {
    size: size.body,
    x: page.left + 8,
    width: inner,
  });
  writer.gap(4);
  writer.text(changesTitle, 'The amendment changes title', {
    style: 'bold',
    size: size.body,
    x: page.left + 8,
    width: inner,
  });
  for (const line of changes) {
    writer.keepTogether(
      writer.heightOf(line, 'An amendment change', { size: size.body, width: lineOptions.width }),
    );
    const lineTop = writer.doc.y;
    writer.text('•', 'A bullet', { size: size.body, x: page.left + 8, width: bulletIndent }, lineTop);
    writer.text(line, 'An amendment change', lineOptions, lineTop);
  }
  // The frame is drawn only when the box fitted on this page; a very long one just flows.
  if (writer.doc.bufferedPageRange().count === pagesBefore) {
    writer.doc
      .save()
      .lineWidth(1.2)
      .strokeColor(colour.text)
      .rect(page.left, top, contentWidth, writer.doc.y - top + 6)
      .stroke()
      .restore();
  }
  writer.gap(16);
}

function drawDetails(writer: PdfWriter, document: AppraisalDocument): void {
  const { header } = document.appraisal;
  const { framework } = document;
  const period =
    header.periodStart === '' && header.periodEnd === ''
      ? 'Not set'
      : `${printedDate(header.periodStart)} to ${printedDate(header.periodEnd)}`;
  const rows: [DetailCell, DetailCell][] = [
    [
      { label: 'Member of staff', value: header.staffName, field: 'The staff name', bold: true },
      { label: 'Appraiser', value: header.appraiserName, field: "The appraiser's name", bold: true },
    ],
    [
      { label: 'Role', value: header.roleAtTime, field: "The member of staff's role" },
      { label: "Appraiser's role", value: header.appraiserRole, field: "The appraiser's role" },
    ],
    [
      { label: 'Team', value: header.teamAtTime, field: "The member of staff's team" },
      { label: 'Meeting date', value: printedDate(header.meetingDate), field: 'The meeting date' },
    ],
    [
      { label: 'Review period', value: period, field: 'The review period' },
      {
        label: 'Next appraisal due',
        value: printedDate(document.appraisal.nextDueDate),
        field: 'The next due date',
      },
    ],
  ];
  const columnWidth = (contentWidth - 20) / 2;
  for (const row of rows) {
    const heights = row.map((cell) => cellHeight(writer, cell, columnWidth));
    const rowHeight = Math.max(...heights);
    writer.keepTogether(rowHeight);
    const top = writer.doc.y;
    row.forEach((cell, index) =>
      drawCell(writer, cell, page.left + index * (columnWidth + 20), top, columnWidth),
    );
    writer.doc.y = top + rowHeight + 4;
  }
  drawCell(
    writer,
    {
      label: 'Framework',
      value: `${framework.name}, version ${framework.version}`,
      field: 'The framework name',
    },
    page.left,
    writer.doc.y,
    contentWidth,
  );
  writer.gap(4);
}

interface DetailCell {
  label: string;
  value: string;
  field: string;
  bold?: boolean;
}

function cellHeight(writer: PdfWriter, cell: DetailCell, width: number): number {
  return (
    writer.heightOf(cell.label, `The label "${cell.label}"`, { style: 'bold', size: size.small, width }) +
    writer.heightOf(shown(cell.value), cell.field, {
      style: cell.bold ? 'bold' : 'regular',
      size: 10.5,
      width,
    })
  );
}

function drawCell(writer: PdfWriter, cell: DetailCell, x: number, top: number, width: number): void {
  writer.text(
    cell.label,
    `The label "${cell.label}"`,
    { style: 'bold', size: size.small, colour: colour.muted, x, width },
    top,
  );
  writer.text(shown(cell.value), cell.field, { style: cell.bold ? 'bold' : 'regular', size: 10.5, x, width });
}

function shown(value: string): string {
  return value.trim() === '' ? 'Not recorded' : value;
}
