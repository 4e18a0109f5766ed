/** Wellbeing, the overall summary and the appraisee's own comments: free text, kept whole. */
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import type { PdfWriter } from './pdfWriter';
import { labelledText, sectionHeading } from './sectionHeading';
import { size } from './pdfStyle';

export async function drawNarrativeSections(writer: PdfWriter, document: AppraisalDocument): Promise<void> {
  const { appraisal } = document;
  sectionHeading(writer, 'Wellbeing and support');
  await labelledText(
    writer,
    'What was discussed',
    appraisal.wellbeing.discussion,
    'The wellbeing discussion',
  );
  await labelledText(writer, 'Support agreed', appraisal.wellbeing.supportAgreed, 'The support agreed');

  sectionHeading(writer, 'Overall summary');
  await paragraph(writer, appraisal.summary.overall, 'The overall summary', 'No summary recorded.');

  sectionHeading(writer, "The appraisee's comments");
  await paragraph(
    writer,
    appraisal.appraiseeComments,
    "The appraisee's comments",
    'The appraisee made no comments.',
  );
}

async function paragraph(writer: PdfWriter, text: string, field: string, empty: string): Promise<void> {
  const blank = text.trim() === '';
  await writer.flow(blank ? empty : text, field, { style: blank ? 'italic' : 'regular', size: size.body });
}
