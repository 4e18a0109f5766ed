/**
 * The forward-looking part: previous objectives with their status, new SMART objectives and
 * the development plan. Each item keeps its label beside every value, so a page read on its
 * own still makes sense.
 */
import { objectiveStatusLabels } from '../../../shared/appraisal/appraisal';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { printedDate } from './pdfDates';
import type { PdfWriter } from './pdfWriter';
import { sectionHeading } from './sectionHeading';
import { colour, contentWidth, page, size } from './pdfStyle';
import { yieldToEventLoop } from './yieldToEventLoop';

const labelWidth = 118;
const valueX = page.left + 14 + labelWidth;
const valueWidth = page.right - valueX;

export async function drawPreviousObjectives(writer: PdfWriter, document: AppraisalDocument): Promise<void> {
  sectionHeading(writer, 'Review of previous objectives');
  const reviews = document.appraisal.previousObjectives;
  if (reviews.length === 0) {
    writer.text('There were no objectives from a previous appraisal to review.', 'The note', {
      style: 'italic',
      size: size.body,
    });
    return;
  }
  for (const [index, review] of reviews.entries()) {
    await yieldToEventLoop();
    const n = index + 1;
    await itemTitle(writer, `${n}. ${review.objective.what}`, `The text of previous objective ${n}`);
    await row(
      writer,
      'Status',
      review.status === null ? 'Not reviewed' : objectiveStatusLabels[review.status],
      `The status of previous objective ${n}`,
      'bold',
    );
    await row(
      writer,
      'How it was measured',
      review.objective.measure,
      `The measure of previous objective ${n}`,
    );
    await row(
      writer,
      'Target date',
      printedDate(review.objective.targetDate),
      `The target date of previous objective ${n}`,
    );
    await row(writer, 'Support', review.objective.support, `The support for previous objective ${n}`);
    await row(writer, 'Comment', review.comment, `The comment on previous objective ${n}`);
    itemEnd(writer);
  }
}

export async function drawNewObjectives(writer: PdfWriter, document: AppraisalDocument): Promise<void> {
  sectionHeading(writer, 'New objectives');
  const objectives = document.appraisal.objectives;
  if (objectives.length === 0) {
    writer.text('No new objectives were set.', 'The note', { style: 'italic', size: size.body });
    return;
  }
  for (const [index, objective] of objectives.entries()) {
    await yieldToEventLoop();
    const n = index + 1;
    await itemTitle(writer, `${n}. ${objective.what}`, `The text of objective ${n}`);
    if (objective.carriedFromId !== null)
      await row(
        writer,
        'Carried forward',
        'From the previous appraisal',
        `The carried-forward note of objective ${n}`,
      );
    await row(writer, 'How it is measured', objective.measure, `The measure of objective ${n}`);
    await row(writer, 'Target date', printedDate(objective.targetDate), `The target date of objective ${n}`);
    await row(writer, 'Support', objective.support, `The support for objective ${n}`);
    itemEnd(writer);
  }
}

const areaLabels = {
  management: 'Management tasks',
  leadership: 'Leadership behaviours',
  other: 'Other',
} as const;

export async function drawDevelopmentPlan(writer: PdfWriter, document: AppraisalDocument): Promise<void> {
  sectionHeading(writer, 'Development plan and training needs');
  const items = document.appraisal.development.items;
  if (items.length === 0) {
    writer.text('No development actions were agreed.', 'The note', { style: 'italic', size: size.body });
    return;
  }
  const competencies = new Map(
    document.framework.sections.flatMap((section) => section.competencies).map((c) => [c.id, c.title]),
  );
  for (const [index, item] of items.entries()) {
    await yieldToEventLoop();
    const n = index + 1;
    await itemTitle(writer, `${n}. ${item.action}`, `The action of development item ${n}`);
    const competency = item.competencyId === null ? undefined : competencies.get(item.competencyId);
    await row(
      writer,
      'Area',
      competency === undefined ? areaLabels[item.area] : `${areaLabels[item.area]}: ${competency}`,
      `The area of development item ${n}`,
    );
    await row(writer, 'Training or support', item.trainingNeed, `The training need of development item ${n}`);
    await row(writer, 'By when', printedDate(item.byWhen), `The date of development item ${n}`);
    itemEnd(writer);
  }
}

async function itemTitle(writer: PdfWriter, text: string, field: string): Promise<void> {
  writer.keepTogether(60);
  await writer.flow(text, field, { style: 'bold', size: size.body, x: page.left, width: contentWidth });
  writer.gap(3);
}

function itemEnd(writer: PdfWriter): void {
  writer.gap(4);
  writer.rule(0.4, colour.faint);
  writer.gap(8);
}

/** A label on the left and its value beside it; the value may flow onto the next page. */
async function row(
  writer: PdfWriter,
  label: string,
  value: string,
  field: string,
  style: 'regular' | 'bold' = 'regular',
): Promise<void> {
  const empty = value.trim() === '';
  writer.keepTogether(14);
  const top = writer.doc.y;
  writer.text(
    label,
    `The label "${label}"`,
    { style: 'bold', size: size.small, colour: colour.muted, x: page.left + 14, width: labelWidth - 6 },
    top + 1,
  );
  const labelBottom = writer.doc.y;
  const pages = writer.doc.bufferedPageRange().count;
  await writer.flow(
    empty ? 'None recorded.' : value,
    field,
    { style: empty ? 'italic' : style, size: size.body, x: valueX, width: valueWidth },
    top,
  );
  // A value that moved to a new page leaves the label's height behind on the old one.
  if (writer.doc.bufferedPageRange().count === pages) writer.doc.y = Math.max(writer.doc.y, labelBottom);
  writer.gap(2);
}
