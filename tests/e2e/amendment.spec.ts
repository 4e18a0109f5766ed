/**
 * Amending a sealed appraisal: a reason is required, version 2 is corrected and signed again
 * (the appraisee on paper after printing a draft copy), and sealing it replaces version 1;
 * both versions are listed and version 1 says it was replaced.
 */
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
