/**
 * compliance-summary.pdf as an inspector reads it, read back with pdftotext: a home too large
 * for one page still numbers every page and marks each one confidential with the home's name,
 * and lists every member of staff.
 */
import { describe, expect, it } from 'vitest';
import { renderComplianceSummaryPdf } from '../../../electron/services/exports/complianceSummaryPdf';
import { pageCount, pageTexts, testFonts } from '../pdf/pdfTestKit';
import { compliance, home } from './exportSetup';

/** The fixture's two people, 150 times over: 300 rows, several pages. */
const manyRows = Array.from({ length: 150 }, (_, i) =>
  compliance.rows.map((row) => ({
    ...row,
    staffId: `${row.staffId}-${i}`,
    fullName: `${row.fullName} (${i})`,
  })),
).flat();

describe('compliance-summary.pdf', () => {
  it(
    'numbers every page, marks it confidential with the home’s name, and lists everyone',
    { timeout: 120_000 },
    async () => {
      const bytes = await renderComplianceSummaryPdf({
        home,
        logo: null,
        compliance: { ...compliance, rows: manyRows },
        generatedAt: new Date('2026-04-01T09:30:00Z'),
        fonts: await testFonts(),
      });
      const pages = await pageTexts(bytes);
      const count = await pageCount(bytes);
      expect(count).toBeGreaterThan(5);
      expect(pages).toHaveLength(count);
      pages.forEach((page, index) => {
        expect(page).toContain(`Page ${index + 1} of ${count}`);
        expect(page).toContain('Confidential: staff records');
        expect(page).toContain(`${home.name} · appraisal compliance summary`);
      });
      const text = pages.join('\n');
      for (const row of manyRows) expect(text, row.fullName).toContain(row.fullName);
    },
  );
});
