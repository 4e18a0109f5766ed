/**
 * One framework section as a table: per competency its title and description, the level given
 * (and the appraisee's own level when a self-assessment was included), the framework's
 * descriptor for that level, then at full width why it is not applicable (if so) and the
 * evidence. Text of any length flows onto following pages; the table heading repeats at the
 * top of each new page.
 */
import type { CompetencyAssessment } from '../../../shared/appraisal/appraisal';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import type { Competency, FrameworkSection } from '../../../shared/framework/frameworkSchema';
import { scaleLabel, scaleLevels, type ScaleLevel } from '../../../shared/framework/scale';
import type { PdfWriter } from './pdfWriter';
import { sectionHeading } from './sectionHeading';
import { colour, contentWidth, page, size } from './pdfStyle';
import { yieldToEventLoop } from './yieldToEventLoop';

const columns = {
  competency: { x: page.left + 4, width: 150 },
  rating: { x: page.left + 162, width: 98 },
  descriptor: { x: page.left + 268, width: contentWidth - 272 },
} as const;

export async function drawRatingsSection(
  writer: PdfWriter,
  document: AppraisalDocument,
  section: FrameworkSection,
): Promise<void> {
  const { appraisal } = document;
  const selfIncluded = appraisal.selfAssessment.included;
  sectionHeading(writer, section.title, 150);
  writer.text(section.summary, `The summary of ${section.title}`, {
    style: 'italic',
    size: size.body,
    colour: colour.muted,
  });
  writer.gap(3);
  const scale = scaleLevels.map((level) => `${level} ${scaleLabel(level)}`).join('  ·  ');
  writer.text(`Levels: ${scale}`, 'The rating scale', { size: size.small, colour: colour.muted });
  if (selfIncluded) {
    const source = appraisal.selfAssessment.source === 'paper-form' ? 'on a paper form' : 'in the meeting';
    writer.text(
      `The member of staff's own ratings (self-assessment, given ${source}) are shown under each rating.`,
      'The self-assessment note',
      {
        size: size.small,
        colour: colour.muted,
      },
    );
  }
  writer.gap(6);
  drawColumnHeadings(writer);
  // Set while a competency's evidence is being written, so a continuation page names it.
  const flowing: FlowingEvidence = { title: null };
  writer.setRunningHeading(() => {
    writer.text(
      `${section.title} (continued)`,
      `The heading "${section.title}"`,
      { style: 'bold', size: size.subheading },
      page.top,
    );
    writer.gap(4);
    drawColumnHeadings(writer);
    if (flowing.title !== null) {
      writer.text(`${flowing.title} (continued)`, 'The continuation heading', {
        style: 'bold',
        size: size.small,
        colour: colour.muted,
        x: columns.competency.x,
        width: contentWidth - 8,
      });
    }
  });
  for (const competency of section.competencies) {
    await yieldToEventLoop();
    await drawCompetency(
      writer,
      competency,
      appraisal.ratings[competency.id],
      selfIncluded ? (appraisal.selfAssessment.levels[competency.id] ?? null) : undefined,
      flowing,
    );
  }
  writer.setRunningHeading(null);
}

function drawColumnHeadings(writer: PdfWriter): void {
  const { doc } = writer;
  const top = doc.y;
  doc.save().rect(page.left, top, contentWidth, 16).fill(colour.band).restore();
  const heading = (text: string, column: { x: number; width: number }) =>
    writer.text(
      text,
      `The column heading "${text}"`,
      { style: 'bold', size: size.small, x: column.x, width: column.width },
      top + 4,
    );
  heading('Competency', columns.competency);
  heading('Rating', columns.rating);
  heading('What this level looks like', columns.descriptor);
  doc.y = top + 20;
}

interface FlowingEvidence {
  /** What the text running onto the next page is, e.g. 'Evidence for "Developing others"'. */
  title: string | null;
}

async function drawCompetency(
  writer: PdfWriter,
  competency: Competency,
  assessment: CompetencyAssessment | undefined,
  selfLevel: ScaleLevel | null | undefined,
  flowing: FlowingEvidence,
): Promise<void> {
  const { doc } = writer;
  const rating = ratingText(assessment);
  const descriptor = descriptorText(competency, assessment);
  const self =
    selfLevel === undefined
      ? null
      : selfLevel === null
        ? 'Self-assessment: not given'
        : `Self-assessment: ${selfLevel} ${scaleLabel(selfLevel)}`;
  const field = (what: string) => `${what} for "${competency.title}"`;
  const competencyHeight =
    writer.heightOf(competency.title, field('The title'), {
      style: 'bold',
      size: size.body,
      width: columns.competency.width,
    }) +
    writer.heightOf(competency.description, field('The description'), {
      style: 'italic',
      size: size.small,
      width: columns.competency.width,
    }) +
    2;
  const ratingHeight =
    writer.heightOf(rating, field('The rating'), {
      style: 'bold',
      size: size.body,
      width: columns.rating.width,
    }) +
    (self === null
      ? 0
      : writer.heightOf(self, field('The self-assessment'), {
          size: size.small,
          width: columns.rating.width,
        }) + 4);
  const descriptorHeight = writer.heightOf(descriptor, field('The descriptor'), {
    size: size.small,
    width: columns.descriptor.width,
  });
  const rowHeight = Math.max(competencyHeight, ratingHeight, descriptorHeight);
  // The row and the first lines of evidence stay together; long evidence then flows on.
  writer.keepTogether(rowHeight + 36);

  const top = doc.y + 2;
  writer.text(
    competency.title,
    field('The title'),
    { style: 'bold', size: size.body, ...columns.competency },
    top,
  );
  writer.gap(1);
  writer.text(competency.description, field('The description'), {
    style: 'italic',
    size: size.small,
    colour: colour.muted,
    ...columns.competency,
  });
  writer.text(rating, field('The rating'), { style: 'bold', size: size.body, ...columns.rating }, top);
  if (self !== null) {
    writer.gap(4);
    writer.text(self, field('The self-assessment'), {
      size: size.small,
      colour: colour.muted,
      ...columns.rating,
    });
  }
  writer.text(descriptor, field('The descriptor'), { size: size.small, ...columns.descriptor }, top);
  doc.y = top + rowHeight + 6;

  // The reason gets the row's full width, as evidence does: squeezed into the rating column a
  // sentence ran to a dozen lines of two or three words.
  const reason = notApplicableReason(assessment);
  if (reason !== null) {
    writer.text('Why it is not applicable', field('The label "Why it is not applicable"'), {
      style: 'bold',
      size: size.small,
      colour: colour.muted,
      x: columns.competency.x,
      width: contentWidth - 8,
    });
    flowing.title = `Why "${competency.title}" is not applicable`;
    await writer.flow(reason, field('The not-applicable reason'), {
      size: size.body,
      x: columns.competency.x,
      width: contentWidth - 8,
    });
    flowing.title = null;
    writer.gap(4);
  }
  const evidence = assessment?.evidence ?? '';
  if (evidence.trim() !== '' || !(assessment?.notApplicable ?? false)) {
    writer.text('Evidence', field('The label "Evidence"'), {
      style: 'bold',
      size: size.small,
      colour: colour.muted,
      x: columns.competency.x,
      width: contentWidth - 8,
    });
    flowing.title = `Evidence for "${competency.title}"`;
    await writer.flow(evidence.trim() === '' ? 'No evidence recorded.' : evidence, field('The evidence'), {
      style: evidence.trim() === '' ? 'italic' : 'regular',
      size: size.body,
      x: columns.competency.x,
      width: contentWidth - 8,
    });
    flowing.title = null;
  }
  writer.gap(6);
  writer.rule(0.5, colour.rule);
  writer.gap(2);
}

function ratingText(assessment: CompetencyAssessment | undefined): string {
  if (assessment === undefined) return 'Not rated';
  if (assessment.notApplicable) return 'Not applicable';
  if (assessment.level === null) return 'Not rated';
  return `${assessment.level} ${scaleLabel(assessment.level)}`;
}

/** The reason given for "not applicable", or null when none was given (or it applies). */
function notApplicableReason(assessment: CompetencyAssessment | undefined): string | null {
  if (!(assessment?.notApplicable ?? false)) return null;
  const reason = assessment?.notApplicableReason ?? '';
  return reason.trim() === '' ? null : reason;
}

function descriptorText(competency: Competency, assessment: CompetencyAssessment | undefined): string {
  if (assessment?.notApplicable) return 'Not applicable to this role.';
  if (assessment?.level == null) return 'No level chosen yet.';
  return competency.descriptors[assessment.level];
}
