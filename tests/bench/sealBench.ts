/**
 * Sealing as the manager waits on it: the documents:seal handler end to end (fingerprint,
 * PDF, three fsynced write-once vault files, one fsynced audit append), in a temp data folder.
 * Also the worst ordinary PDF: a 10,000-character evidence note on every competency.
 */
import { renderAppraisalPdf } from '../../electron/services/pdf/appraisalPdf';
import { loadPdfFonts } from '../../electron/services/pdf/pdfFonts';
import { appraiserActor } from '../../shared/audit/auditActor';
import { fontsFolder, handlerSetup } from '../fixtures/handlerDeps';
import { longEvidence, sampleDocument, sampleSeal } from '../fixtures/sampleDocument';
import { completeAppraisal } from '../fixtures/completeAppraisal';
import { seededAuditFolder } from './auditBench';
import { measure, type Measurement } from './measure';

export async function benchmarkSealing(): Promise<{
  timings: Measurement[];
  longPdfBytes: number;
  longPdfPages: number;
}> {
  const setup = handlerSetup({ now: () => new Date() });
  const { handlers } = setup;
  let n = 0;
  const seal = await measure(
    'Seal one appraisal (documents:seal)',
    'fingerprint + PDF + 3 fsynced vault files + fsynced audit append; a new record each run',
    () => {
      n += 1;
      const document = sampleDocument({ appraisal: { id: `bench-${n}` } });
      return handlers['documents:seal']({
        document,
        logo: null,
        actor: appraiserActor(document.appraisal.id),
      });
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
  setup.remove();
  const pages = (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
  return { timings: [seal, longTiming], longPdfBytes: pdf.length, longPdfPages: pages };
}

/** documents:seal timed on a data folder whose audit log holds `events` events. */
async function sealWithLog(events: number): Promise<Measurement> {
  const setup = handlerSetup({ dataFolder: seededAuditFolder(events), now: () => new Date() });
  let n = 0;
  const seal = () => {
    n += 1;
    const document = sampleDocument({ appraisal: { id: `bench-scale-${n}` } });
    return setup.handlers['documents:seal']({
      document,
      logo: null,
      actor: appraiserActor(document.appraisal.id),
    });
  };
  await seal();
  const timing = await measure(
    `Seal one appraisal, ${events === 0 ? 'empty audit log' : `${events.toLocaleString('en-GB')}-event audit log`}`,
    'documents:seal end to end, as above; the first seal (which opens and checks the log) untimed',
    seal,
    { minRuns: 15, minTimeMs: 3000 },
  );
  setup.remove();
  return timing;
}

/** Sealing with an empty audit log and with one of 100,000 events (#13: within 10% of empty). */
export async function benchmarkSealAtScale(): Promise<{ empty: Measurement; atScale: Measurement }> {
  return { empty: await sealWithLog(0), atScale: await sealWithLog(100_000) };
}
