/** The signed appraisal PDF: time to render one full sealed sample, and its size. */
import { fileURLToPath } from 'node:url';
import { renderAppraisalPdf } from '../../electron/services/pdf/appraisalPdf';
import { loadPdfFonts } from '../../electron/services/pdf/pdfFonts';
import { sampleDocument, sampleSeal, sampleSignaturePng } from '../fixtures/sampleDocument';
import { measure, type Measurement } from './measure';

export interface PdfBenchResult {
  timing: Measurement;
  /** Bytes of the sample PDF (every render is identical). */
  bytes: number;
  pages: number;
}

export async function benchmarkAppraisalPdf(): Promise<PdfBenchResult> {
  const fonts = await loadPdfFonts(fileURLToPath(new URL('../../build/fonts', import.meta.url)));
  const document = sampleDocument();
  const input = {
    document,
    seal: sampleSeal(document),
    logo: { mediaType: 'image/png' as const, bytes: sampleSignaturePng() },
    fonts,
  };
  const pdf = await renderAppraisalPdf(input);
  const competencies = document.framework.sections.reduce((n, section) => n + section.competencies.length, 0);
  const timing = await measure(
    'PDF: render one sealed appraisal (full sample)',
    `${competencies} competencies, objectives, plan, drawn + typed signatures, logo; ${(pdf.length / 1024).toFixed(1)} KiB`,
    () => renderAppraisalPdf(input),
    { minRuns: 15, minTimeMs: 3000 },
  );
  const pages = (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
  return { timing, bytes: pdf.length, pages };
}
