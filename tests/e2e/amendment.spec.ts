/**
 * Amending a sealed appraisal: a reason is required, version 2 is corrected and signed again
 * (the appraisee on paper after printing a draft copy), and sealing it replaces version 1;
 * both versions are listed and version 1 says it was replaced. The ready step, the signing
 * screen and the amended PDF say what changed from version 1.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { completeAppraisal } from '../fixtures/completeAppraisal';
import { toIsoDate } from '../../shared/dates';
import { addPerson, completeSetup, screenshot } from './appSteps';
import {
  expectSaved,
  seedAppraisal,
  signAndSealByTyping,
  signByTyping,
  stepHeading,
  viewShot,
} from './appraisalSteps';
import { expect, test } from './fixtures';

const hoa = { fullName: 'Nguyễn Thị Hoa', role: 'Senior carer', team: 'Nights', startDate: '2021-06-01' };
const appraiser = 'Łucja Wąsowska';
const reason = 'The overall comments left out the medication audit Hoa led in January.';

test('amend a sealed appraisal with a reason, correct it, sign on paper and seal: both versions kept', async ({
  page,
  harness,
}) => {
  await completeSetup(page);
  await addPerson(page, hoa);
  await seedAppraisal(page, completeAppraisal(), hoa.fullName);
  await page.goto('/#/appraisals/appraisal-complete-1/sign');
  await signAndSealByTyping(page, hoa.fullName, appraiser);

  // A reason is required.
  await page.getByRole('button', { name: 'Amend this record' }).click();
  const dialog = page.getByRole('dialog', { name: 'Amend this signed record' });
  await dialog.getByRole('button', { name: 'Start the amendment' }).click();
  await expect(dialog.getByText('Say why this record needs amending.')).toBeVisible();
  await dialog.getByLabel('Why does it need amending?').fill(reason);
  await viewShot(page, 'amend-dialog');
  await dialog.getByRole('button', { name: 'Start the amendment' }).click();
  await expect(stepHeading(page, 'About this appraisal')).toBeVisible();
  await expect(page.getByText('Started version 2. Make the correction, then both sign again.')).toBeVisible();

  await page.getByRole('link', { name: /Summary and profile/ }).click();
  const comments = page.getByLabel('Overall comments');
  await comments.fill(`${completeAppraisal().summary.overall} Led the January medication audit.`);
  await expectSaved(page);
  await page.getByRole('link', { name: /Ready to sign/ }).click();
  await page.getByRole('button', { name: 'Go to signatures' }).click();

  // The appraisee signs on paper, after printing a draft copy with blank signature boxes.
  await page.getByRole('radio', { name: /Signed on paper/ }).check();
  await page.getByRole('button', { name: 'Print a copy for signing on paper' }).click();
  await expect(page.getByText('Sent the draft copy to the printer.')).toBeVisible({ timeout: 30_000 });
  const printed = await harness.printed();
  expect(printed.at(-1)).toMatchObject({ kind: 'draft', printed: true });
  // The same draft opens in the PC's own PDF reader, for printing with its settings.
  await page.getByRole('button', { name: 'Open in my PDF reader' }).click();
  await expect(page.getByText('Opened a copy in your PDF reader.')).toBeVisible({ timeout: 30_000 });
  const [draftCopy] = await harness.openedInReader();
  expect(draftCopy?.name).toMatch(
    /^Appraisal - Nguyễn Thị Hoa - \d{4}-\d\d-\d\d - v2 - DRAFT for signing\.pdf$/,
  );
  expect(draftCopy?.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.getByLabel('Date signed on paper').fill(toIsoDate(new Date()));
  await screenshot(page, 'signing-paper');
  await page.getByRole('button', { name: `Sign as ${hoa.fullName}` }).click();
  await expect(page.getByText(/Signed on paper on \d\d\/\d\d\/\d{4}/)).toBeVisible();
  await signByTyping(page, appraiser, 'Countersign and seal the record');
  await expect(page.getByText('Checked: the stored document is exactly as it was sealed.')).toBeVisible({
    timeout: 30_000,
  });

  await expect(page.getByText('Signed appraisal · version 2')).toBeVisible();
  await expect(page.locator('.document-status')).toContainText(`Amendment of version 1: ${reason}`);
  const versions = page.getByRole('region', { name: 'Versions' });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(versions.getByRole('row', { name: /Version 1 Replaced/ })).toBeVisible();
  await expect(versions.getByRole('row', { name: /Version 2 Signed and sealed/ })).toContainText(reason);
  await screenshot(page, 'document-amended');

  await versions.getByRole('link', { name: 'Open version 1' }).click();
  await expect(page.getByText('Signed appraisal · version 1')).toBeVisible();
  await expect(page.locator('.document-status')).toContainText('Replaced by version 2');
  await expect(page.getByRole('button', { name: 'Amend this record' })).toHaveCount(0);
  await expect(page.getByText('Checked: the stored document is exactly as it was sealed.')).toBeVisible();
  await viewShot(page, 'document-replaced');
  await page.locator('.document-status').getByRole('link', { name: 'Open version 2' }).click();
  await expect(page.getByText('Signed appraisal · version 2')).toBeVisible();
});

/** Amends the sealed appraisal open on its document page, giving the reason. */
async function startAmendment(page: Page, why: string): Promise<void> {
  await page.getByRole('button', { name: 'Amend this record' }).click();
  const dialog = page.getByRole('dialog', { name: 'Amend this signed record' });
  await dialog.getByLabel('Why does it need amending?').fill(why);
  await dialog.getByRole('button', { name: 'Start the amendment' }).click();
  await expect(stepHeading(page, 'About this appraisal')).toBeVisible();
}

/** The PDF's text with its line breaks and spacing collapsed, as a reader would quote it. */
function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    .normalize('NFC')
    .replace(/\s+/g, ' ');
}

test('an amendment says what changed from version 1 on the ready step, the signing screen and its PDF', async ({
  page,
}) => {
  const why = 'The processes rating was entered one level too low, and the audit objective was missed.';
  const changedRating = 'Implementing processes and care documentation: Developing → Effective';
  const addedObjective = 'Objective added: “Run the monthly medication audit with the deputy…”';
  await completeSetup(page);
  await addPerson(page, hoa);
  await seedAppraisal(page, completeAppraisal(), hoa.fullName);
  await page.goto('/#/appraisals/appraisal-complete-1/sign');
  await signAndSealByTyping(page, hoa.fullName, appraiser);
  await startAmendment(page, why);

  await page.getByRole('link', { name: /Management tasks/ }).click();
  await page.locator('.competency-card').nth(1).getByRole('radio', { name: '3 Effective' }).check();
  await expectSaved(page);
  await page.getByRole('link', { name: /New objectives/ }).click();
  await page.getByRole('button', { name: 'Add another objective' }).click();
  const added = page.getByRole('region', { name: 'New objective 2' });
  await added
    .getByLabel('What is the objective?')
    .fill('Run the monthly medication audit with the deputy manager and share what it finds.');
  await added.getByLabel('How will progress be measured?').fill('An audit filed each month.');
  await added.getByLabel('Target date').fill('2027-06-30');
  await added.getByLabel('Support needed').fill('An hour a month with the deputy.');
  await expectSaved(page);

  // The ready step names the framework, then the amendment: what it replaces, why, what changed.
  await page.getByRole('link', { name: /Ready to sign/ }).click();
  await expect(
    page.locator('.step-fieldset').getByText('Framework: Care Appraisals core framework, version 1'),
  ).toBeVisible();
  const onReady = page.getByRole('region', { name: /^Amendment: version 2, replacing version 1/ });
  await expect(onReady.getByRole('heading')).toHaveText(
    /^Amendment: version 2, replacing version 1 of 12 March 2026, sealed \d{1,2} [A-Z][a-z]+ \d{4}$/,
  );
  await expect(onReady).toContainText(`Reason: ${why}`);
  await expect(onReady.getByRole('listitem')).toHaveText([changedRating, addedObjective]);
  await viewShot(page, 'amendment-ready-changes');

  // The appraisee sees the same list on the signing screen before signing.
  await page.getByRole('button', { name: 'Go to signatures' }).click();
  const onSigning = page.getByRole('region', { name: /^Amendment: version 2/ });
  await expect(onSigning.getByRole('listitem')).toHaveText([changedRating, addedObjective]);
  await expect(onSigning).toContainText(`Reason: ${why}`);
  await viewShot(page, 'amendment-signing-changes');

  await signAndSealByTyping(page, hoa.fullName, appraiser);
  await expect(page.getByText('Signed appraisal · version 2')).toBeVisible();
  const src = await page.locator('iframe.document-frame').getAttribute('src');
  const pdf = join(mkdtempSync(join(tmpdir(), 'amendment-e2e-')), 'amended.pdf');
  writeFileSync(pdf, await (await page.request.get(src ?? '')).body());
  const text = pdfText(pdf);
  expect(text).toMatch(
    /Amendment: version 2, replacing version 1 of 12 March 2026, sealed \d{1,2} [A-Z][a-z]+ \d{4}/,
  );
  expect(text).toContain(`Reason: ${why}`);
  expect(text).toContain(`What changed from version 1: • ${changedRating} • ${addedObjective}`);
  expect(text).not.toContain('replacing appraisal-complete-1-v1');
  if (process.env.SCREENSHOTS === '1') {
    // The amended PDF's pages beside the screenshots, to look at the amendment box as printed.
    mkdirSync('tests/.artifacts/screenshots', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, 'tests/.artifacts/screenshots/amendment-pdf']);
  }
});
