/**
 * Sealing as the manager waits on it: the documents:seal handler end to end (fingerprint,
 * PDF, three fsynced write-once vault files, one fsynced audit append), in a temp data folder.
 * Also the worst ordinary PDF: a 10,000-character evidence note on every competency.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../../electron/handlers/createHandlers';
import { renderAppraisalPdf } from '../../electron/services/pdf/appraisalPdf';
import { loadPdfFonts } from '../../electron/services/pdf/pdfFonts';
import { longEvidence, sampleDocument, sampleSeal } from '../fixtures/sampleDocument';
import { completeAppraisal } from '../fixtures/completeAppraisal';
import { measure, type Measurement } from './measure';

const fontsFolder = fileURLToPath(new URL('../../build/fonts', import.meta.url));

export async function benchmarkSealing(): Promise<{
  timings: Measurement[];
  longPdfBytes: number;
  longPdfPages: number;
}> {
  const dataFolder = mkdtempSync(join(tmpdir(), 'care-appraisals-bench-'));
  const handlers = createHandlers({
    productName: 'Care Appraisals',
    appVersion: 'bench',
    runtime: 'browser',
    electronVersion: null,
    platform: process.platform,
    dataFolder,
    fontsFolder,
    now: () => new Date(),
    openExternal: () => Promise.resolve(),
    chooseSavePath: () => Promise.resolve(null),
    chooseOpenPath: () => Promise.resolve(null),
    emit: () => undefined,
    printPdf: () => Promise.resolve(true),
    documentUrl: (documentId) => `bench://${documentId}`,
  });
  let n = 0;
  const seal = await measure(
    'Seal one appraisal (documents:seal)',
    'fingerprint + PDF + 3 fsynced vault files + fsynced audit append; a new record each run',
    () => {
      n += 1;
      const document = sampleDocument({ appraisal: { id: `bench-${n}` } });
      return handlers['documents:seal']({ document, logo: null, actor: 'Bench' });
    },
    { minRuns: 15, minTimeMs: 3000 },
  );

  // Every competency with a 10,000-character note: about 200,000 characters of evidence.
  const base = completeAppraisal();
  const ratings = Object.fromEntries(
    Object.entries(base.ratings).map(([id, rating]) => [
      id,
      rating.notApplicable ? rating : { ...rating, evidence: longEvidence(10_000) },
    ]),
  );
  const long = sampleDocument({ appraisal: { ratings } });
  const fonts = await loadPdfFonts(fontsFolder);
  const input = { document: long, seal: sampleSeal(long), logo: null, fonts };
  const pdf = await renderAppraisalPdf(input);
  const longTiming = await measure(
    'PDF: 10,000-character evidence on every competency',
    `${(pdf.length / 1024).toFixed(0)} KiB`,
    () => renderAppraisalPdf(input),
    { minRuns: 5, minTimeMs: 3000 },
  );
  rmSync(dataFolder, { recursive: true, force: true });
  const pages = (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
  return { timings: [seal, longTiming], longPdfBytes: pdf.length, longPdfPages: pages };
}
