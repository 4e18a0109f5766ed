/**
 * Chromium's print-to-PDF of the signed sample's content (pdfFloor.ts): each page's lines as
 * paragraphs in the same fonts, its images, a page break where the sample had one. The page is
 * loaded once; `page.pdf()` alone is timed, after two untimed prints.
 */
import { chromium } from '@playwright/test';
import type { PdfContent } from '../pdfFloor';
import { chromiumLaunchOptions } from '../../chromiumLaunch';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function html(content: PdfContent): string {
  const face = (weight: string, bytes: Uint8Array) =>
    `@font-face { font-family: 'DejaVu Sans'; font-weight: ${weight}; src: url(data:font/ttf;base64,${base64(bytes)}); }`;
  const images = content.images.map((png) => `<img src="data:image/png;base64,${base64(png)}" width="120">`);
  const pages = content.pages.map(
    (lines, index) =>
      `<section>${index === 0 ? images.join('') : ''}${lines.map((line, n) => (n === 0 ? `<h2>${escape(line)}</h2>` : `<p>${escape(line)}</p>`)).join('')}</section>`,
  );
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>
${face('normal', content.fonts.regular)}
${face('bold', content.fonts.bold)}
body { font-family: 'DejaVu Sans'; font-size: 9pt; margin: 0; }
h2 { font-size: 9pt; margin: 0; }
p { margin: 0; }
section { break-after: page; }
</style></head><body>${pages.join('')}</body></html>`;
}

export async function chromiumPrintTimes(
  content: PdfContent,
  runs: number,
): Promise<{ times: number[]; bytes: number }> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    await page.setContent(html(content), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs + 2; i += 1) {
      const started = performance.now();
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '18mm', bottom: '18mm', left: '18mm', right: '18mm' },
      });
      if (i >= 2) times.push(performance.now() - started);
      bytes = pdf.length;
    }
    return { times, bytes };
  } finally {
    await browser.close();
  }
}
