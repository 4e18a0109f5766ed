/** Renders with the real fonts and reads the PDF back with poppler's tools (pdftotext, pdfinfo...). */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { renderAppraisalPdf, type AppraisalPdfInput } from '../../../electron/services/pdf/appraisalPdf';
import { createFontLoader } from '../../../electron/services/pdf/pdfFonts';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { sampleSeal } from '../../fixtures/sampleDocument';

const run = promisify(execFile);
const fontsFolder = fileURLToPath(new URL('../../../build/fonts', import.meta.url));

export const testFonts = createFontLoader(fontsFolder);

/**
 * A sealed document printed with its real fingerprint, or a draft when `draft` is set; an
 * amendment needs the version it replaces (`replaced`).
 */
export async function renderSample(
  document: AppraisalDocument,
  options: { draft?: boolean; logo?: AppraisalPdfInput['logo']; replaced?: AppraisalDocument } = {},
): Promise<Uint8Array> {
  return renderAppraisalPdf({
    document,
    seal: options.draft ? null : await sampleSeal(document),
    logo: options.logo ?? null,
    fonts: await testFonts(),
    ...(options.replaced === undefined ? {} : { replaced: options.replaced }),
  });
}

async function withFile<T>(bytes: Uint8Array, use: (path: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'appraisal-pdf-'));
  try {
    const path = join(folder, 'document.pdf');
    await writeFile(path, bytes);
    return await use(path);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * What a poppler tool prints about the PDF (`pdfsig`, `pdfinfo`, `pdffonts`...), in UTC so the
 * times it prints do not depend on the machine. pdfsig exits 0 whatever it finds about a
 * signature (read its words), and 2 for a file with none: `exitCode` says which one to expect.
 */
export function popplerSays(
  tool: string,
  args: readonly string[],
  bytes: Uint8Array,
  exitCode = 0,
): Promise<string> {
  return withFile(bytes, async (path) => {
    const options = { env: { ...process.env, TZ: 'UTC' }, maxBuffer: 64 * 1024 * 1024 };
    try {
      const { stdout } = await run(tool, [...args, path], options);
      if (exitCode !== 0) throw new Error(`${tool} exited 0, not ${exitCode}:\n${stdout}`);
      return stdout;
    } catch (error) {
      if (exitCode === 0 || !(error instanceof Error) || !('code' in error) || error.code !== exitCode)
        throw error;
      return 'stdout' in error && typeof error.stdout === 'string' ? error.stdout : '';
    }
  });
}

/** The attached file `number` (1 = first), as pdfdetach saves it. */
export function attachedFile(bytes: Uint8Array, number: number): Promise<Buffer> {
  return withFile(bytes, async (path) => {
    const saved = `${path}.attached`;
    await run('pdfdetach', ['-save', String(number), '-o', saved, path]);
    return readFile(saved);
  });
}

/** The text of each page, NFC (pdftotext may give decomposed letters). */
export function pageTexts(bytes: Uint8Array): Promise<string[]> {
  return withFile(bytes, async (path) => {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const pages = stdout.normalize('NFC').split('\f');
    // pdftotext ends every page, the last included, with a form feed.
    return pages.slice(0, pages.length - 1);
  });
}

export function pageCount(bytes: Uint8Array): Promise<number> {
  return withFile(bytes, async (path) => {
    const { stdout } = await run('pdfinfo', [path]);
    const match = /^Pages:\s+(\d+)$/m.exec(stdout);
    if (!match?.[1]) throw new Error(`pdfinfo gave no page count:\n${stdout}`);
    return Number(match[1]);
  });
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lines the page furniture and repeated table headings add between two pages of evidence. */
export function withoutPageFurniture(text: string): string {
  return text
    .split('\n')
    .filter(
      (line) =>
        !/^(Confidential: staff record|Page \d+ of \d+|Document |Fingerprint \(SHA-256\)|Audit log head|(Management tasks|Leadership behaviours) \(continued\)|(Evidence for|Why) ".*" (is not applicable )?\(continued\)|Competency|Rating|What this level looks like)/.test(
          line.trim(),
        ),
    )
    .join('\n');
}
