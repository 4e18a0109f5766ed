/**
 * A missing document font stops the PDF with one sentence naming every missing file, the same
 * sentence on every machine; the app reads the fonts once and tries again after a failure.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createFontLoader, loadPdfFonts, pdfFontFiles } from '../../../electron/services/pdf/pdfFonts';

const fontsFolder = fileURLToPath(new URL('../../../build/fonts', import.meta.url));

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A fonts folder holding only the given font files. */
async function folderWith(files: readonly string[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'pdf-fonts-'));
  folders.push(folder);
  await Promise.all(files.map((file) => copyFile(join(fontsFolder, file), join(folder, file))));
  return folder;
}

/** The message a failed load shows, or null when it loaded. */
async function messageOf(load: Promise<unknown>): Promise<string | null> {
  try {
    await load;
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('loading the document fonts', () => {
  it('names every missing font file, always in the same order', async () => {
    const folder = await folderWith([]);
    // The reads finish in whatever order the disk answers; the sentence must not depend on it.
    const messages = new Set<string | null>();
    for (let run = 0; run < 20; run += 1) messages.add(await messageOf(loadPdfFonts(folder)));
    expect([...messages]).toEqual([
      `The document fonts DejaVuSans.ttf, DejaVuSans-Bold.ttf and DejaVuSans-Oblique.ttf are missing from ${folder}; reinstall the app.`,
    ]);
  });

  it('says plainly which one font file is missing', async () => {
    const folder = await folderWith([pdfFontFiles.regular, pdfFontFiles.italic]);
    expect(await messageOf(loadPdfFonts(folder))).toBe(
      `The document font DejaVuSans-Bold.ttf is missing from ${folder}; reinstall the app.`,
    );
  });

  it('names two missing files with "and"', async () => {
    const folder = await folderWith([pdfFontFiles.bold]);
    expect(await messageOf(loadPdfFonts(folder))).toBe(
      `The document fonts DejaVuSans.ttf and DejaVuSans-Oblique.ttf are missing from ${folder}; reinstall the app.`,
    );
  });

  it('reads all three fonts when they are there', async () => {
    const fonts = await loadPdfFonts(fontsFolder);
    expect([fonts.regular.length, fonts.bold.length, fonts.italic.length].every((n) => n > 100_000)).toBe(
      true,
    );
  });
});

describe('the shared font loader', () => {
  it('reads the fonts once and gives every caller the same fonts', async () => {
    const load = createFontLoader(fontsFolder);
    const [first, second] = await Promise.all([load(), load()]);
    expect(second).toBe(first);
    expect(await load()).toBe(first);
  });

  it('tries again after a failure, so reinstalled fonts are found without restarting', async () => {
    const folder = await folderWith([pdfFontFiles.regular, pdfFontFiles.bold]);
    const load = createFontLoader(folder);
    expect(await messageOf(load())).toBe(
      `The document font DejaVuSans-Oblique.ttf is missing from ${folder}; reinstall the app.`,
    );
    await copyFile(join(fontsFolder, pdfFontFiles.italic), join(folder, pdfFontFiles.italic));
    const fonts = await load();
    expect(fonts.italic.length).toBeGreaterThan(100_000);
  });
});
