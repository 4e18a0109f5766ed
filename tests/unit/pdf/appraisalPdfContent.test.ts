/** Pictures on the page and the guard that a seal is only printed on the document it seals. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderAppraisalPdf } from '../../../electron/services/pdf/appraisalPdf';
import { sampleDocument, sampleSeal, sampleSignaturePng } from '../../fixtures/sampleDocument';
import { renderSample, testFonts } from './pdfTestKit';

const run = promisify(execFile);
const slow = { timeout: 120_000 };

async function imageSizes(bytes: Uint8Array): Promise<string[]> {
  const folder = await mkdtemp(join(tmpdir(), 'appraisal-pdf-images-'));
  try {
    await writeFile(join(folder, 'document.pdf'), bytes);
    const { stdout } = await run('pdfimages', ['-list', join(folder, 'document.pdf')]);
    // Rows after the two header lines: page num type width height ...; soft masks are listed as "smask".
    return stdout
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[2] === 'image')
      .map((cols) => `${cols[3]}x${cols[4]}`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe('appraisal PDF pictures and seal', () => {
  it(
    'embeds the drawn signature and the home logo as images; the profile picture is vector',
    slow,
    async () => {
      const logo = { mediaType: 'image/png' as const, bytes: sampleSignaturePng() };
      expect(await imageSizes(await renderSample(sampleDocument()))).toEqual(['360x120']);
      expect(await imageSizes(await renderSample(sampleDocument(), { logo }))).toEqual([
        '360x120',
        '360x120',
      ]);
      expect(
        await imageSizes(await renderSample(sampleDocument({ signed: 'none' }), { draft: true })),
      ).toEqual([]);
    },
  );

  it('refuses to print a fingerprint that is not this document’s', slow, async () => {
    const document = sampleDocument();
    const other = await sampleSeal(sampleDocument({ appraisal: { appraiseeComments: 'Changed.' } }));
    await expect(
      renderAppraisalPdf({ document, seal: other, logo: null, fonts: await testFonts() }),
    ).rejects.toThrow('The fingerprint given does not match this document, so it was not printed.');
  });

  it('refuses to print an unsealed document as sealed', slow, async () => {
    const draft = sampleDocument({ signed: 'appraisee' });
    await expect(
      renderAppraisalPdf({
        document: draft,
        seal: await sampleSeal(draft),
        logo: null,
        fonts: await testFonts(),
      }),
    ).rejects.toThrow('This document has not been sealed, so it can only be printed as a draft.');
  });
});
