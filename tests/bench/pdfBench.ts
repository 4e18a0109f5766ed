/**
 * The signed appraisal PDF: time to render one full sealed sample (warm; PDF/A-3b, its record
 * attached, PAdES-signed with a test key), and its size, beside the same content printed by
 * Chromium's `page.pdf()` and drawn by a plain pdfkit floor (pdfFloor.ts).
 */
import { fileURLToPath } from 'node:url';
import { renderAppraisalPdf } from '../../electron/services/pdf/appraisalPdf';
import { flattenPng } from '../../electron/services/pdf/flattenPng';
import { loadPdfFonts } from '../../electron/services/pdf/pdfFonts';
import { canonicalJson } from '../../shared/integrity/canonicalJson';
import { sampleDocument, sampleSeal, sampleSignaturePng } from '../fixtures/sampleDocument';
import { chromiumPrintTimes } from './browser/chromiumPdf';
import { measureAlternating, summarise, type Measurement } from './measure';
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
  const seal = await sampleSeal(document);
  const input = {
    document,
    seal,
    logo: { mediaType: 'image/png' as const, bytes: logo },
    fonts,
  };
  const pdf = await renderAppraisalPdf(input);
  const competencies = document.framework.sections.reduce((n, section) => n + section.competencies.length, 0);
  // The sample's images as its PDF holds them: the logo and the appraisee's drawn signature
  // (the same PNG here) laid on white, as the app embeds them (flattenPng; it keeps them, so
  // a warm render does not flatten them again). The transparent originals would have pdfkit
  // decode them and split off their alpha on every floor document, work the sample's never has.
  const flattened = flattenPng(logo, 'The sample logo');
  const pages = pdfText(pdf);
  const content: PdfContent = {
    pages,
    styles: pdfLineStyles(pdf, pages),
    images: [flattened, flattened],
    fonts,
    faces: {
      regular: parsedFace(fonts.regular),
      bold: parsedFace(fonts.bold),
      italic: parsedFace(fonts.italic),
    },
    seal: {
      record: canonicalJson(document),
      sealedAt: new Date(document.sealedAt ?? ''),
      signer: seal.signer,
    },
  };
  const floorBytes = (await floorPdf(content)).length;
  // Alternated, so the ratio compares the two at the same moments of a busy machine.
  const [timing, floor] = await measureAlternating(
    [
      {
        name: 'PDF: render one sealed appraisal (full sample)',
        detail: `${competencies} competencies, objectives, plan, drawn + typed signatures, logo; PDF/A-3b with its record attached, PAdES-signed; ${(pdf.length / 1024).toFixed(1)} KiB`,
        run: () => renderAppraisalPdf(input),
      },
      {
        name: 'PDF floor: pdfkit, same text and fonts',
        detail: `the sample's text line by line, each line in its face, its pages and images, no layout logic; PDF/A-3b, record attached, signed as the app does; ${(floorBytes / 1024).toFixed(1)} KiB`,
        run: () => floorPdf(content),
      },
    ],
    { minRuns: 15, minTimeMs: 6000 },
  );
  if (timing === undefined || floor === undefined) throw new Error('The PDF was not measured.');
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
