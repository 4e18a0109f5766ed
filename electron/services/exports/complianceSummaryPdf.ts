/**
 * compliance-summary.pdf: the first thing an inspector opens. The home, the completion
 * percentage large, the counts, every member of staff in post with their last signed appraisal
 * and next due date (overdue first), then the overdue list. A4, DejaVu Sans, black and white.
 * Drawn in steps of rows, handing main's event loop back between them, as a home may be large.
 */
import { openA4Document } from '../pdf/a4Document';
import {
  complianceStatusLabels,
  type ComplianceRow,
  type ComplianceStatus,
  type ComplianceSummary,
} from '../../../shared/compliance/complianceRow';
import { formatDate, formatDateLong } from '../../../shared/dates';
import type { PdfFonts } from '../pdf/pdfFonts';
import { drawPageFooters } from '../pdf/pageFooters';
import { colour, contentWidth, page, size } from '../pdf/pdfStyle';
import { PdfWriter } from '../pdf/pdfWriter';
import { GlyphCoverage } from '../pdf/unprintableText';
import { yieldToEventLoop } from '../pdf/yieldToEventLoop';

/** Rows drawn between two turns of main's event loop: a home of 500 staff is 20 pages. */
const perStep = 25;

export interface ComplianceSummaryInput {
  home: { name: string; address: string; cqcLocationId: string };
  logo: Uint8Array | null;
  compliance: ComplianceSummary;
  generatedAt: Date;
  fonts: PdfFonts;
}

const statusOrder: Record<ComplianceStatus, number> = {
  overdue: 0,
  'never-appraised': 1,
  'due-soon': 2,
  'in-date': 3,
};

const columns = [
  { title: 'Name', width: 130 },
  { title: 'Role', width: 90 },
  { title: 'Team', width: 70 },
  { title: 'Last signed', width: 62 },
  { title: 'Next due', width: 62 },
  { title: 'Status', width: contentWidth - 414 },
] as const;

function sortedRows(rows: readonly ComplianceRow[]): ComplianceRow[] {
  return [...rows].sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      (a.nextDueDate ?? '').localeCompare(b.nextDueDate ?? '') ||
      a.fullName.localeCompare(b.fullName, 'en-GB', { numeric: true }),
  );
}

export async function renderComplianceSummaryPdf(input: ComplianceSummaryInput): Promise<Uint8Array> {
  const { compliance, home } = input;
  const coverage = new GlyphCoverage(input.fonts);
  const { writer, finish } = openA4Document(
    {
      title: `Appraisal compliance summary: ${home.name.normalize('NFC')} (${compliance.asOf})`,
      author: home.name.normalize('NFC'),
      madeAt: input.generatedAt,
    },
    coverage,
  );

  drawHeading(writer, input);
  drawCounts(writer, compliance);
  const rows = sortedRows(compliance.rows);
  await drawTable(writer, 'Every member of staff in post', rows);
  const overdue = rows.filter((row) => row.status === 'overdue');
  writer.gap(14);
  writer.keepTogether(60);
  writer.text(`Overdue (${overdue.length})`, 'A heading', { style: 'bold', size: size.heading });
  writer.gap(4);
  if (overdue.length === 0) writer.text('No one is overdue.', 'The overdue list', { size: size.body });
  else await drawTable(writer, null, overdue);
  await drawPageFooters(writer, {
    confidential: 'Confidential: staff records',
    lines: [{ text: `${home.name} · appraisal compliance summary` }],
  });
  await yieldToEventLoop();

  return finish();
}

function drawHeading(writer: PdfWriter, input: ComplianceSummaryInput): void {
  const { doc } = writer;
  const { home, compliance } = input;
  let textLeft = page.left;
  if (input.logo !== null) {
    try {
      doc.image(Buffer.from(input.logo), page.left, page.top, { fit: [90, 50] });
      textLeft = page.left + 100;
    } catch {
      // A logo pdfkit cannot read is left off rather than stopping the pack.
    }
  }
  const width = page.right - textLeft;
  writer.text(
    home.name,
    'The home name',
    { style: 'bold', size: size.heading, x: textLeft, width },
    page.top,
  );
  const details = [home.address, home.cqcLocationId === '' ? '' : `CQC location ID ${home.cqcLocationId}`]
    .filter((part) => part !== '')
    .join(' · ');
  if (details !== '')
    writer.text(details, 'The home address', { size: size.small, colour: colour.muted, x: textLeft, width });
  doc.y = Math.max(doc.y, page.top + 56);
  writer.gap(6);
  writer.text('Appraisal compliance summary', 'The title', { style: 'bold', size: size.title });
  writer.text(
    `Standing as of ${formatDateLong(compliance.asOf)}. Made ${formatDate(input.generatedAt.toISOString().slice(0, 10))}.`,
    'The date',
    { size: size.body, colour: colour.muted },
  );
  writer.gap(10);
}

function drawCounts(writer: PdfWriter, compliance: ComplianceSummary): void {
  const { doc } = writer;
  const top = doc.y;
  writer.text(
    `${Math.round(compliance.completionPercent)}%`,
    'The completion',
    { style: 'bold', size: 44, width: 150 },
    top,
  );
  writer.text(
    'of staff in post have an in-date signed appraisal',
    'The completion',
    { size: size.body, width: 150 },
    top + 52,
  );
  const { counts } = compliance;
  const lines: [string, number][] = [
    [complianceStatusLabels['in-date'], counts.inDate],
    [complianceStatusLabels['due-soon'], counts.dueSoon],
    [complianceStatusLabels.overdue, counts.overdue],
    [complianceStatusLabels['never-appraised'], counts.neverAppraised],
    ['Staff in post', counts.active],
  ];
  const x = page.left + 200;
  lines.forEach(([label, count], index) => {
    const y = top + 4 + index * 16;
    const style = index === lines.length - 1 ? 'bold' : 'regular';
    writer.text(label, 'The counts', { style, size: 11, x, width: 180 }, y);
    writer.text(
      String(count),
      'The counts',
      { style: 'bold', size: 11, x: x + 180, width: 60, align: 'right' },
      y,
    );
  });
  doc.y = top + 96;
  writer.rule();
  writer.gap(10);
}

function drawHeaderRow(writer: PdfWriter): void {
  const { doc } = writer;
  const y = doc.y;
  doc
    .save()
    .rect(page.left, y - 2, contentWidth, 15)
    .fill(colour.band)
    .restore();
  let x = page.left;
  for (const column of columns) {
    writer.text(
      column.title,
      'The table heading',
      { style: 'bold', size: size.small, x: x + 2, width: column.width - 4 },
      y + 1,
    );
    x += column.width;
  }
  doc.y = y + 16;
}

async function drawTable(
  writer: PdfWriter,
  title: string | null,
  rows: readonly ComplianceRow[],
): Promise<void> {
  const { doc } = writer;
  if (title !== null) {
    writer.keepTogether(60);
    writer.text(`${title} (${rows.length})`, 'A heading', { style: 'bold', size: size.heading });
    writer.gap(4);
  }
  drawHeaderRow(writer);
  writer.setRunningHeading(() => {
    doc.y = page.top;
    drawHeaderRow(writer);
  });
  for (const [index, row] of rows.entries()) {
    if (index % perStep === perStep - 1) await yieldToEventLoop();
    const cells = [
      row.fullName,
      row.role,
      row.team,
      row.lastSignedMeetingDate === null ? 'Never' : formatDate(row.lastSignedMeetingDate),
      row.nextDueDate === null ? '' : formatDate(row.nextDueDate),
      complianceStatusLabels[row.status],
    ];
    const heights = cells.map((cell, i) =>
      writer.heightOf(cell, 'A staff row', { size: size.small, width: (columns[i]?.width ?? 60) - 4 }),
    );
    const height = Math.max(...heights) + 5;
    writer.keepTogether(height);
    const y = doc.y;
    let x = page.left;
    cells.forEach((cell, i) => {
      const width = columns[i]?.width ?? 60;
      const strong = i === 5 && row.status === 'overdue';
      writer.text(
        cell,
        'A staff row',
        { style: strong ? 'bold' : 'regular', size: size.small, x: x + 2, width: width - 4 },
        y + 2,
      );
      x += width;
    });
    doc.y = y + height;
    doc
      .save()
      .lineWidth(0.3)
      .strokeColor(colour.faint)
      .moveTo(page.left, doc.y)
      .lineTo(page.right, doc.y)
      .stroke()
      .restore();
  }
  writer.setRunningHeading(null);
}
