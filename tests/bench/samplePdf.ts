/**
 * `npm run sample-pdf`: renders the sample sealed appraisal (and a draft, the sealed one with
 * the app's icon as the home's logo, and one with a 10,000-character evidence note) to
 * tests/.artifacts, turns every page into a PNG to look at, and copies page 1 (without a logo)
 * for the README.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderAppraisalPdf } from '../../electron/services/pdf/appraisalPdf';
import { loadPdfFonts } from '../../electron/services/pdf/pdfFonts';
import { longEvidence, sampleDocument, sampleSeal } from '../fixtures/sampleDocument';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}tests/.artifacts/sample-pdf`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const fonts = await loadPdfFonts(`${root}build/fonts`);

const sealed = sampleDocument();
const sealedPdf = await renderAppraisalPdf({
  document: sealed,
  seal: await sampleSeal(sealed),
  logo: null,
  fonts,
});
const draft = sampleDocument({ signed: 'appraisee' });
const draftPdf = await renderAppraisalPdf({ document: draft, seal: null, logo: null, fonts });
// A transparent PNG logo, to see that pictures are laid on white and print as they should.
const logo = { mediaType: 'image/png' as const, bytes: readFileSync(`${root}build/icon.png`) };
const withLogoPdf = await renderAppraisalPdf({
  document: sealed,
  seal: await sampleSeal(sealed),
  logo,
  fonts,
});
// The long case: evidence that runs over pages, to see continuation headings and page breaks.
const long = sampleDocument({ evidence: longEvidence(10_000) });
const longPdf = await renderAppraisalPdf({ document: long, seal: await sampleSeal(long), logo: null, fonts });

writeFileSync(`${root}tests/.artifacts/sample-appraisal.pdf`, sealedPdf);
writeFileSync(`${out}/sample-appraisal.pdf`, sealedPdf);
writeFileSync(`${out}/sample-draft.pdf`, draftPdf);
writeFileSync(`${out}/sample-with-logo.pdf`, withLogoPdf);
writeFileSync(`${out}/sample-long-evidence.pdf`, longPdf);
execFileSync('pdftoppm', ['-png', '-r', '60', `${out}/sample-appraisal.pdf`, `${out}/sealed`]);
execFileSync('pdftoppm', ['-png', '-r', '60', `${out}/sample-draft.pdf`, `${out}/draft`]);
execFileSync('pdftoppm', ['-png', '-r', '60', `${out}/sample-with-logo.pdf`, `${out}/logo`]);
execFileSync('pdftoppm', ['-png', '-r', '60', `${out}/sample-long-evidence.pdf`, `${out}/long`]);
const firstPage = readdirSync(out)
  .filter((f) => f.startsWith('sealed-') && f.endsWith('.png'))
  .sort()[0];
if (firstPage !== undefined) {
  mkdirSync(`${root}build/readme`, { recursive: true });
  copyFileSync(`${out}/${firstPage}`, `${root}build/readme/sample-appraisal-page-1.png`);
}
console.log(
  `Sealed sample: ${(sealedPdf.length / 1024).toFixed(1)} KB; draft: ${(draftPdf.length / 1024).toFixed(1)} KB; pages in ${out}`,
);
