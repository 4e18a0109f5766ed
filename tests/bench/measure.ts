/** A small, dependency-free timer: warm up, then time batches until enough time has passed. */
export interface Measurement {
  name: string;
  detail: string;
  medianMs: number;
  p95Ms: number;
  runs: number;
}

export async function measure(
  name: string,
  detail: string,
  run: () => unknown,
  options: { minRuns?: number; minTimeMs?: number } = {},
): Promise<Measurement> {
  const minRuns = options.minRuns ?? 30;
  const minTimeMs = options.minTimeMs ?? 1000;
  for (let i = 0; i < 3; i++) await run();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || performance.now() - started < minTimeMs) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
    if (samples.length >= 10_000) break;
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  return { name, detail, medianMs: at(0.5), p95Ms: at(0.95), runs: samples.length };
}

/** One of the things measureAlternating times; `prepare` runs before each `run`, untimed. */
export interface AlternatingRun {
  name: string;
  detail: string;
  run: () => unknown;
  prepare?: () => unknown;
}

/**
 * Two or more things timed in turn (A B, B A, A B, …) after warming each up, as `measure` times
 * one, until each has `minRuns` samples and `minTimeMs` have passed in all. Set side by side as
 * a ratio, timed one after the other they would each meet a different moment of a busy machine.
 */
export async function measureAlternating(
  runs: readonly AlternatingRun[],
  options: { minRuns?: number; minTimeMs?: number } = {},
): Promise<Measurement[]> {
  const minRuns = options.minRuns ?? 30;
  const minTimeMs = options.minTimeMs ?? 1000;
  const samples = runs.map((): number[] => []);
  const once = async (index: number, timed: boolean) => {
    const entry = runs[index];
    if (entry === undefined) return;
    await entry.prepare?.();
    const t0 = performance.now();
    await entry.run();
    if (timed) samples[index]?.push(performance.now() - t0);
  };
  for (let i = 0; i < 3; i++) for (const index of runs.keys()) await once(index, false);
  const started = performance.now();
  for (
    let round = 0;
    (samples[0]?.length ?? 0) < minRuns || performance.now() - started < minTimeMs;
    round++
  ) {
    const order = [...runs.keys()];
    if (round % 2 === 1) order.reverse();
    for (const index of order) await once(index, true);
    if (round >= 10_000) break;
  }
  return runs.map((entry, index) => summarise(entry.name, entry.detail, samples[index] ?? []));
}

export function formatMs(ms: number): string {
  if (ms < 0.01) return `${(ms * 1000).toFixed(2)} µs`;
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  return `${ms.toFixed(1)} ms`;
}

/** The median and 95th percentile of samples (as `measure` reports them). */
export function percentiles(samples: readonly number[]): { medianMs: number; p95Ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { medianMs: at(0.5), p95Ms: at(0.95) };
}

/** Samples taken elsewhere (a browser, a file) as a Measurement. */
export function summarise(name: string, detail: string, samples: readonly number[]): Measurement {
  return { name, detail, ...percentiles(samples), runs: samples.length };
}
