/**
 * The appraisal as a PDF: A4, DejaVu Sans embedded, legible in black and white. Runs in the
 * main process (Node only). The same input always gives the same bytes: every date and id
 * comes from the document, and pdfkit's file id is derived from the fixed info dictionary.
 */
import PDFDocument from 'pdfkit';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import { drawDocumentHeader } from './documentHeader';
import { drawNarrativeSections } from './narrativeSections';
import { drawPageFurniture } from './pageFurniture';
import type { FontStyle } from './pdfFonts';
import type { AppraisalPdfInput } from './pdfTypes';
import { PdfWriter } from './pdfWriter';
import { page } from './pdfStyle';
import { drawDevelopmentPlan, drawNewObjectives, drawPreviousObjectives } from './planSections';
import { drawProfilePicture } from './profilePicture';
import { drawRatingsSection } from './ratingsTable';
import { drawSignatureBlocks } from './signatureBlocks';
import { GlyphCoverage } from './unprintableText';

export type { PdfFonts } from './pdfFonts';
export type { AppraisalPdfInput, AppraisalPdfLogo, AppraisalPdfSeal } from './pdfTypes';

export async function renderAppraisalPdf(input: AppraisalPdfInput): Promise<Uint8Array> {
  const { document, seal } = input;
  assertSealMatches(input);
  const coverage = new GlyphCoverage(input.fonts);
  const { header } = document.appraisal;
  const moment = new Date(document.sealedAt ?? document.appraisal.createdAt);
  const doc = new PDFDocument({
    size: 'A4',
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    // No standard font: an empty name stops pdfkit loading Helvetica; ours are registered below.
    font: '',
    margins: {
      top: page.top,
      left: page.left,
      right: page.width - page.right,
      bottom: page.height - page.bottom,
    },
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: `Staff appraisal: ${header.staffName.normalize('NFC')} (${document.documentId})${seal === null ? ' DRAFT' : ''}`,
      Author: document.home.name.normalize('NFC'),
      Subject: 'Staff appraisal: management tasks and leadership behaviours',
      Creator: 'Care Appraisals',
      Producer: 'Care Appraisals',
      CreationDate: moment,
      ModDate: moment,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  for (const style of ['regular', 'bold', 'italic'] as const satisfies readonly FontStyle[]) {
    doc.registerFont(style, coverage.face(style));
  }

  const writer = new PdfWriter(doc, coverage);
  doc.addPage();
  writer.use('regular', 9.5);
  drawDocumentHeader(writer, document, input.logo);
  for (const section of document.framework.sections) drawRatingsSection(writer, document, section);
  drawProfilePicture(writer, document);
  drawPreviousObjectives(writer, document);
  drawNewObjectives(writer, document);
  drawDevelopmentPlan(writer, document);
  drawNarrativeSections(writer, document);
  drawSignatureBlocks(writer, document, seal);
  drawPageFurniture(writer, document.documentId, seal);

  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A seal printed on a different document would make the page lie about what it is. */
function assertSealMatches({ document, seal }: AppraisalPdfInput): void {
  if (seal === null) return;
  if (document.sealedAt === null)
    throw new Error('This document has not been sealed, so it can only be printed as a draft.');
  if (documentFingerprint(document) !== seal.fingerprint)
    throw new Error('The fingerprint given does not match this document, so it was not printed.');
}
