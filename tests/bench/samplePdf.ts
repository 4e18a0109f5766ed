/**
 * `npm run sample-pdf`: renders the sample sealed appraisal (and a draft) to tests/.artifacts,
 * turns every page into a PNG to look at, and copies page 1 for the README.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderAppraisalPdf } from '../../electron/services/pdf/appraisalPdf';
import { loadPdfFonts } from '../../electron/services/pdf/pdfFonts';
import { sampleDocument, sampleSeal } from '../fixtures/sampleDocument';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}tests/.artifacts/sample-pdf`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const fonts = await loadPdfFonts(`${root}build/fonts`);

const sealed = sampleDocument();
const sealedPdf = await renderAppraisalPdf({ document: sealed, seal: sampleSeal(sealed), logo: null, fonts });
const draft = sampleDocument({ signed: 'appraisee' });
const draftPdf = await renderAppraisalPdf({ document: draft, seal: null, logo: null, fonts });

writeFileSync(`${root}tests/.artifacts/sample-appraisal.pdf`, sealedPdf);
writeFileSync(`${out}/sample-appraisal.pdf`, sealedPdf);
writeFileSync(`${out}/sample-draft.pdf`, draftPdf);
execFileSync('pdftoppm', ['-png', '-r', '60', `${out}/sample-appraisal.pdf`, `${out}/sealed`]);
execFileSync('pdftoppm', ['-png', '-r', '60', `${out}/sample-draft.pdf`, `${out}/draft`]);
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
