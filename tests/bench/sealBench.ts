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
import { measure, measureAlternating, type Measurement } from './measure';

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
  const input = { document: long, seal: await sampleSeal(long), logo: null, fonts };
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
 * A sealer on a data folder whose audit log holds `events` events: `prepare` makes the next
 * record (a new one each time) before its seal is timed, as building the test record with its
 * drawn signature is the fixture's work, not sealing's; `run` seals it.
 */
async function sealerWithLog(events: number, name: string) {
  const setup = handlerSetup({ dataFolder: seededAuditFolder(events), now: () => new Date() });
  let n = 0;
  let document = sampleDocument();
  const prepare = () => {
    n += 1;
    document = sampleDocument({ appraisal: { id: `bench-scale-${events}-${n}` } });
  };
  const run = () =>
    setup.handlers['documents:seal']({ document, logo: null, actor: appraiserActor(document.appraisal.id) });
  // The first seal opens and checks the log: start-up's work, untimed.
  prepare();
  await run();
  const detail =
    'documents:seal end to end, as above, the record made beforehand; the first seal (which opens and checks the log) untimed; alternated with the other log';
  return { entry: { name, detail, prepare, run }, remove: setup.remove };
}

/**
 * Sealing with an empty audit log and with one of 100,000 events (#13: within 10% of empty).
 * Both data folders are open at once and their seals alternate, so a busy moment on the
 * machine falls on both alike; timed one after the other, the same empty-log seal has differed
 * by more than 10% between two parts of one run.
 */
export async function benchmarkSealAtScale(): Promise<{ empty: Measurement; atScale: Measurement }> {
  const empty = await sealerWithLog(0, 'Seal one appraisal, empty audit log');
  const atScale = await sealerWithLog(100_000, 'Seal one appraisal, 100,000-event audit log');
  const [emptyTiming, atScaleTiming] = await measureAlternating([empty.entry, atScale.entry], {
    minRuns: 15,
    minTimeMs: 6000,
  });
  empty.remove();
  atScale.remove();
  if (emptyTiming === undefined || atScaleTiming === undefined) throw new Error('Sealing was not measured.');
  return { empty: emptyTiming, atScale: atScaleTiming };
}
