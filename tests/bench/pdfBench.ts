/**
 * The signed appraisal PDF: time to render one full sealed sample (warm), and its size, beside
 * the same content printed by Chromium's `page.pdf()` and drawn by a plain pdfkit floor
 * (pdfFloor.ts).
 */
import { fileURLToPath } from 'node:url';
import { renderAppraisalPdf } from '../../electron/services/pdf/appraisalPdf';
import { loadPdfFonts } from '../../electron/services/pdf/pdfFonts';
import { sampleDocument, sampleSeal, sampleSignaturePng } from '../fixtures/sampleDocument';
import { chromiumPrintTimes } from './browser/chromiumPdf';
import { measure, summarise, type Measurement } from './measure';
import { floorPdf, parsedFace, pdfLineStyles, pdfText, type PdfContent } from './pdfFloor';

export interface PdfBenchResult {
  timing: Measurement;
  /** Bytes of the sample PDF (every render is identical). */
  bytes: number;
  pages: number;
  floor: Measurement;
  floorBytes: number;
  chromium: Measurement;
  chromiumBytes: number;
}

const pageCount = (pdf: Uint8Array) =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;

export async function benchmarkAppraisalPdf(): Promise<PdfBenchResult> {
  const fonts = await loadPdfFonts(fileURLToPath(new URL('../../build/fonts', import.meta.url)));
  const document = sampleDocument();
  const logo = sampleSignaturePng();
  const input = {
    document,
    seal: sampleSeal(document),
    logo: { mediaType: 'image/png' as const, bytes: logo },
    fonts,
  };
  const pdf = await renderAppraisalPdf(input);
  const competencies = document.framework.sections.reduce((n, section) => n + section.competencies.length, 0);
  const options = { minRuns: 15, minTimeMs: 3000 };
  const timing = await measure(
    'PDF: render one sealed appraisal (full sample)',
    `${competencies} competencies, objectives, plan, drawn + typed signatures, logo; ${(pdf.length / 1024).toFixed(1)} KiB`,
    () => renderAppraisalPdf(input),
    options,
  );
  // The sample's images: the logo and the appraisee's drawn signature (the same PNG here).
  const pages = pdfText(pdf);
  const content: PdfContent = {
    pages,
    styles: pdfLineStyles(pdf, pages),
    images: [logo, logo],
    fonts,
    faces: {
      regular: parsedFace(fonts.regular),
      bold: parsedFace(fonts.bold),
      italic: parsedFace(fonts.italic),
    },
  };
  const floorBytes = (await floorPdf(content)).length;
  const floor = await measure(
    'PDF floor: pdfkit, same text and fonts',
    `the sample's text line by line, its pages and images, no layout logic; ${(floorBytes / 1024).toFixed(1)} KiB`,
    () => floorPdf(content),
    options,
  );
  const printed = await chromiumPrintTimes(content, 15);
  const chromium = summarise(
    'PDF: Chromium print-to-PDF, same content',
    `page.pdf() of the same text, fonts and images as HTML; ${(printed.bytes / 1024).toFixed(1)} KiB`,
    printed.times,
  );
  return {
    timing,
    bytes: pdf.length,
    pages: pageCount(pdf),
    floor,
    floorBytes,
    chromium,
    chromiumBytes: printed.bytes,
  };
}
