/**
 * Issue #9: one unbroken word of 5,000 / 20,000 / 100,000 characters in a free-text field,
 * sealed. Times the render and, with a 1 ms interval probe, the longest stretch the render held
 * the event loop (main's windows and IPC wait that long). Run alone with
 * `npx tsx tests/bench/longTextBench.ts [characters...]`.
 */
import { fileURLToPath } from 'node:url';
import { renderAppraisalPdf } from '../../electron/services/pdf/appraisalPdf';
import { loadPdfFonts } from '../../electron/services/pdf/pdfFonts';
import type { AppraisalDocument } from '../../shared/documents/appraisalDocument';
import { sampleDocument, sampleSeal } from '../fixtures/sampleDocument';
import { formatMs, type Measurement } from './measure';

const fontsFolder = fileURLToPath(new URL('../../build/fonts', import.meta.url));

/** Letters and digits with no break opportunity anywhere, varied so no width repeats trivially. */
export function unbrokenWord(length: number): string {
  const alphabet = 'AbcdefghijklmnopqrstuvwxyzŁąęśćżźó0123456789';
  return Array.from({ length }, (_, i) => alphabet[(i * 7) % alphabet.length]).join('');
}

type Field = 'evidence' | 'objective measure';

function documentWith(field: Field, text: string): AppraisalDocument {
  if (field === 'evidence') return sampleDocument({ evidence: text });
  const base = sampleDocument();
  return sampleDocument({
    appraisal: {
      objectives: base.appraisal.objectives.map((objective, index) =>
        index === 0 ? { ...objective, measure: text } : objective,
      ),
    },
  });
}

/**
 * The longest gap between ticks of a 1 ms interval: how long the loop could not answer. Also
 * the CPU time spent in the gap that used the most, which a busy machine does not inflate.
 */
function startBlockProbe(): { stop: () => { wallMs: number; cpuMs: number } } {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let wallMs = 0;
  let cpuMs = 0;
  const tick = () => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    wallMs = Math.max(wallMs, now - last);
    cpuMs = Math.max(cpuMs, (cpu.user + cpu.system) / 1000);
    last = now;
    lastCpu = process.cpuUsage();
  };
  const timer = setInterval(tick, 1);
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      return { wallMs, cpuMs };
    },
  };
}

export async function benchmarkLongText(
  sizes: readonly number[] = [5_000, 20_000, 100_000],
  runs = 3,
): Promise<Measurement[]> {
  const fonts = await loadPdfFonts(fontsFolder);
  // A first render parses the fonts and compiles the code for long words (a few hundred ms,
  // once per start of main); the figures are for every seal after that.
  const warmUp = documentWith('evidence', unbrokenWord(5_000));
  await renderAppraisalPdf({ document: warmUp, seal: await sampleSeal(warmUp), logo: null, fonts });
  const results: Measurement[] = [];
  for (const field of ['evidence', 'objective measure'] as const) {
    for (const characters of sizes) {
      const document = documentWith(field, unbrokenWord(characters));
      const input = { document, seal: await sampleSeal(document), logo: null, fonts };
      const times: number[] = [];
      let longestBlock = 0;
      let longestBlockCpu = 0;
      let cpuMs = 0;
      for (let run = 0; run < runs; run += 1) {
        const probe = startBlockProbe();
        const cpu = process.cpuUsage();
        const started = performance.now();
        await renderAppraisalPdf(input);
        times.push(performance.now() - started);
        const block = probe.stop();
        longestBlock = Math.max(longestBlock, block.wallMs);
        longestBlockCpu = Math.max(longestBlockCpu, block.cpuMs);
        const used = process.cpuUsage(cpu);
        cpuMs += (used.user + used.system) / 1000;
        // Let the probe's last tick and any garbage collection settle between runs.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      times.sort((a, b) => a - b);
      results.push({
        name: `PDF: one unbroken ${characters.toLocaleString('en-GB')}-character word (${field})`,
        // CPU time as well: on a busy machine the wall-clock figures include waiting for a core.
        detail: `sealed render, CPU ${formatMs(cpuMs / runs)}; longest event-loop block ${formatMs(longestBlock)} (CPU ${formatMs(longestBlockCpu)})`,
        medianMs: times[Math.floor(times.length / 2)] ?? NaN,
        p95Ms: times.at(-1) ?? NaN,
        runs: times.length,
      });
    }
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number).filter(Number.isFinite);
  const results = await benchmarkLongText(sizes.length > 0 ? sizes : undefined, sizes.length > 0 ? 1 : 3);
  for (const r of results) console.log(`${r.name}: median ${formatMs(r.medianMs)}, ${r.detail}`);
}
