/**
 * Any change to a signed record's files is detectable: after sealing, someone edits the PDF in
 * the vault, then deletes the record file; each time the document screen says so plainly and
 * printing is refused. The audit log check on the About page finds an edited entry.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { completeAppraisal } from '../fixtures/completeAppraisal';
import { addPerson, completeSetup, screenshot } from './appSteps';
import { seedAppraisal, signAndSealByTyping } from './appraisalSteps';
import { expect, test } from './fixtures';

const hoa = { fullName: 'Nguyễn Thị Hoa', role: 'Senior carer', team: 'Nights', startDate: '2021-06-01' };
const appraiser = 'Łucja Wąsowska';

async function sealHoa(page: Page): Promise<void> {
  await completeSetup(page);
  await addPerson(page, hoa);
  await seedAppraisal(page, completeAppraisal(), hoa.fullName);
  await page.goto('/#/appraisals/appraisal-complete-1/sign');
  await signAndSealByTyping(page, hoa.fullName, appraiser);
}

function vaultFile(dataFolder: string, ending: string): string {
  const vault = join(dataFolder, 'vault');
  const name = readdirSync(vault).find((file) => file.endsWith(ending) && !file.endsWith('.seal.json'));
  if (name === undefined) throw new Error(`No ${ending} file in ${vault}`);
  return join(vault, name);
}

test('an edited PDF and then a missing record file are each named on the document screen', async ({
  page,
  harness,
}) => {
  await sealHoa(page);
  const dataFolder = await harness.dataFolder();
  await expect(
    page.getByText(/^✓ Digitally signed by .*: the signature is valid and covers the whole PDF\.$/),
  ).toBeVisible();

  // Someone changes one byte in the stored PDF.
  const pdf = vaultFile(dataFolder, '.pdf');
  const bytes = readFileSync(pdf);
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
  writeFileSync(pdf, bytes);
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Warning: the stored document has been changed since it was sealed' }),
  ).toBeVisible();
  await expect(page.getByRole('alert').getByText(/PDF/).first()).toBeVisible();
  await expect(page.getByText('Checked: the stored document is exactly as it was sealed.')).toHaveCount(0);
  await screenshot(page, 'document-altered');

  // Printing an altered document is refused in plain English; nothing reaches the printer.
  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.getByText(/changed|altered/i).last()).toBeVisible();
  expect(await harness.printed()).toEqual([]);
  // Nor is a copy of it handed to the PC's PDF reader.
  await page.getByRole('button', { name: 'Open in my PDF reader' }).click();
  await expect(page.getByText('This signed appraisal cannot be used:')).toBeVisible();
  expect(await harness.openedInReader()).toEqual([]);

  // Then the record file itself is deleted: both problems are listed.
  rmSync(vaultFile(dataFolder, '.json'));
  await page.reload();
  const warning = page.getByRole('alert').filter({ hasText: 'Do not rely on the stored copy' });
  await expect(warning).toContainText('The PDF file for document appraisal-complete-1-v1 was changed');
  await expect(warning).toContainText('The record file for document appraisal-complete-1-v1 is missing');
  await screenshot(page, 'document-missing');
});

test('a PDF rewritten with its seal record to match passes the file check, but its broken signature is named', async ({
  page,
  harness,
}) => {
  await sealHoa(page);
  const signed = page.getByText(
    /^✓ Digitally signed by (.*): the signature is valid and covers the whole PDF\.$/,
  );
  await expect(signed).toBeVisible();
  await expect(signed).toContainText('Digitally signed by ');
  await screenshot(page, 'document-signed');

  // A careful forger changes the PDF and rewrites the seal record's hash so the files agree.
  const dataFolder = await harness.dataFolder();
  const pdf = vaultFile(dataFolder, '.pdf');
  const bytes = readFileSync(pdf);
  const at = bytes.indexOf('/Producer');
  bytes.write('/Producex', at, 'latin1');
  writeFileSync(pdf, bytes);
  const sealPath = pdf.replace(/\.pdf$/, '.seal.json');
  const seal = JSON.parse(readFileSync(sealPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    sealPath,
    JSON.stringify({ ...seal, pdfSha256: createHash('sha256').update(bytes).digest('hex') }),
  );

  await page.reload();
  await expect(
    page.getByText(
      'The stored files match the fingerprints in their seal record, but the PDF’s signature does not',
    ),
  ).toBeVisible();
  await expect(page.getByText('Checked: the stored document is exactly as it was sealed.')).toHaveCount(0);
  const warning = page.getByRole('alert').filter({ hasText: 'digital signature is broken' });
  await expect(warning.getByRole('heading')).toHaveText('Warning: the PDF’s digital signature is broken');
  await expect(warning).toContainText('changed');
  await expect(signed).toHaveCount(0);
  await screenshot(page, 'document-signature-broken');

  // The audit log check names the seal event whose document no longer carries its signature.
  await page.getByRole('link', { name: 'About' }).click();
  await page.getByRole('button', { name: 'Check the audit log' }).click();
  await expect(page.getByText(/The audit log is intact/)).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'no longer carries the digital signature' });
  await expect(alert).toContainText(
    '(the seal of document appraisal-complete-1-v1): its digital signature no longer verifies',
  );
  await screenshot(page, 'about-audit-log-signature-broken');
});

test('beside Print, a copy opens in the PC’s own PDF reader, byte for byte as sealed', async ({
  page,
  harness,
}) => {
  await sealHoa(page);
  const actions = page.locator('.document-actions');
  await expect(actions.getByRole('button')).toHaveText([
    'Print',
    'Open in my PDF reader',
    'Save a copy',
    'Amend this record',
  ]);
  await page.getByRole('button', { name: 'Open in my PDF reader' }).click();
  await expect(page.getByText('Opened a copy in your PDF reader.')).toBeVisible();
  const [copy, ...others] = await harness.openedInReader();
  expect(others).toEqual([]);
  expect(copy?.name).toBe('Appraisal - Nguyễn Thị Hoa - 2026-03-12 - v1.pdf');
  expect(copy?.bytes.equals(readFileSync(vaultFile(await harness.dataFolder(), '.pdf')))).toBe(true);
  await screenshot(page, 'document-opened-in-reader');
});

test('the audit log check finds an entry edited outside the app', async ({ page, harness }) => {
  await sealHoa(page);
  await page.getByRole('link', { name: 'About' }).click();
  await page.getByRole('button', { name: 'Check the audit log' }).click();
  await expect(
    page.getByText(/The audit log is intact: all \d+ entries are exactly as they were written/),
  ).toBeVisible();

  // Someone rewrites who signed in the log file.
  const log = join(await harness.dataFolder(), 'audit', 'audit-log.jsonl');
  const text = readFileSync(log, 'utf8');
  expect(text).toContain('signed by typing');
  writeFileSync(log, text.replace('signed by typing', 'signed on screen'));

  await page.getByRole('button', { name: 'Check the audit log' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The audit log has been changed outside the app.');
  await expect(alert).toContainText('was changed after it was written');
  await screenshot(page, 'about-audit-log-changed');
});
