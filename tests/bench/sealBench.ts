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
import { measure, summarise, type Measurement } from './measure';

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

/**
 * A sealer on a data folder whose audit log holds `events` events. The document for each seal
 * (a new record each time) is made before its seal is timed: building the test record, with
 * its drawn signature, is the fixture's work, not sealing's.
 */
async function sealerWithLog(events: number) {
  const setup = handlerSetup({ dataFolder: seededAuditFolder(events), now: () => new Date() });
  let n = 0;
  const next = () => {
    n += 1;
    return sampleDocument({ appraisal: { id: `bench-scale-${events}-${n}` } });
  };
  const seal = (document: ReturnType<typeof sampleDocument>) =>
    setup.handlers['documents:seal']({ document, logo: null, actor: appraiserActor(document.appraisal.id) });
  // The first seal opens and checks the log: start-up's work, untimed.
  await seal(next());
  return { next, seal, remove: setup.remove };
}

/**
 * Sealing with an empty audit log and with one of 100,000 events (#13: within 10% of empty).
 * Both data folders are open at once and their seals alternate (empty, large, large, empty, …),
 * so a busy moment on the machine, or the process's heap and compiled code, fall on both alike;
 * timed one after the other, the same empty-log seal has differed by more than 10% between runs.
 */
export async function benchmarkSealAtScale(): Promise<{ empty: Measurement; atScale: Measurement }> {
  const sealers = { empty: await sealerWithLog(0), atScale: await sealerWithLog(100_000) };
  const samples: Record<keyof typeof sealers, number[]> = { empty: [], atScale: [] };
  const sealOnce = async (which: keyof typeof sealers, timed: boolean) => {
    const sealer = sealers[which];
    const document = sealer.next();
    const started = performance.now();
    await sealer.seal(document);
    if (timed) samples[which].push(performance.now() - started);
  };
  for (let i = 0; i < 3; i++) for (const which of ['empty', 'atScale'] as const) await sealOnce(which, false);
  const started = performance.now();
  for (let round = 0; samples.empty.length < 15 || performance.now() - started < 6000; round++) {
    const order = round % 2 === 0 ? (['empty', 'atScale'] as const) : (['atScale', 'empty'] as const);
    for (const which of order) await sealOnce(which, true);
  }
  sealers.empty.remove();
  sealers.atScale.remove();
  const detail =
    'documents:seal end to end, as above, the record made beforehand; the first seal (which opens and checks the log) untimed; alternated with the other log';
  return {
    empty: summarise('Seal one appraisal, empty audit log', detail, samples.empty),
    atScale: summarise('Seal one appraisal, 100,000-event audit log', detail, samples.atScale),
  };
}
