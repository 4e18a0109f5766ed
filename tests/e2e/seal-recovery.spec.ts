/**
 * Sealing has no dead ends. Main sealed a record but the window never heard (the answer was
 * lost, as when the app stops at that moment): at the next start the sealed version becomes
 * the record; "Remove both signatures" on such a record keeps them and opens the signed version;
 * and after the home's details change, "Try sealing again" on the dashboard adopts the version
 * main already sealed instead of answering "start an amendment" about a draft.
 */
import type { Page } from '@playwright/test';
import { completeAppraisal } from '../fixtures/completeAppraisal';
import { addPerson, completeSetup } from './appSteps';
import { seedAppraisal, signByTyping } from './appraisalSteps';
import { expect, test } from './fixtures';

const hoa = { fullName: 'Nguyễn Thị Hoa', role: 'Senior carer', team: 'Nights', startDate: '2021-06-01' };
const appraiser = 'Łucja Wąsowska';
const id = 'appraisal-complete-1';

/**
 * Both sign; main seals, but its answer never reaches the window, and the window cannot ask
 * main about it either: the state a crash right after main's seal leaves behind.
 */
async function countersignLosingTheSeal(page: Page): Promise<void> {
  await completeSetup(page);
  await addPerson(page, hoa);
  await seedAppraisal(page, completeAppraisal(), hoa.fullName);
  await page.goto(`/#/appraisals/${id}/sign`);
  await signByTyping(page, hoa.fullName, `Sign as ${hoa.fullName}`);
  await expect(
    page.getByText('Signed by the appraisee — waiting for the appraiser’s countersignature'),
  ).toBeVisible();

  await page.route('**/__api/documents:seal', async (route) => {
    await route.fetch(); // main seals…
    await route.abort('connectionreset'); // …and the answer is lost.
  });
  await page.route('**/__api/documents:sealState', (route) => route.abort('connectionreset'));
  await signByTyping(page, appraiser, 'Countersign and seal the record');
  const panel = page.getByRole('region', { name: 'Both have signed, but the record is not sealed yet' });
  await expect(panel.getByRole('alert')).toContainText('The record could not be sealed:', {
    timeout: 30_000,
  });
  await page.unrouteAll({ behavior: 'wait' });
}

test('a record main sealed before the window heard is the signed record at the next start', async ({
  page,
}) => {
  await countersignLosingTheSeal(page);

  await page.goto('/#/');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'One appraisal was already sealed' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('region', { name: /Signed but not sealed yet/ })).toHaveCount(0);

  await page.goto(`/#/appraisals/${id}/document`);
  await expect(page.getByRole('strong').filter({ hasText: 'Signed and sealed' })).toBeVisible();
  await expect(page.getByText('Checked: the stored document is exactly as it was sealed.')).toBeVisible();
});

test('removing the signatures of a record main already sealed keeps them and opens the signed version', async ({
  page,
}) => {
  await countersignLosingTheSeal(page);

  const panel = page.getByRole('region', { name: 'Both have signed, but the record is not sealed yet' });
  await panel.getByRole('button', { name: 'Remove both signatures to correct the record' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove both signatures' }).click();
  await expect(page.getByText('had already been sealed, so its signatures were kept')).toBeVisible();
  await expect(page.getByRole('strong').filter({ hasText: 'Signed and sealed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Amend this record' })).toBeVisible();
});

test('after the home’s details change, "Try sealing again" on the dashboard adopts the version main sealed', async ({
  page,
}) => {
  // Keep the start-up reconcile from adopting it first: this is the dashboard's own way out.
  await page.route('**/__api/documents:sealState', (route) => route.abort('connectionreset'));
  await countersignLosingTheSeal(page);
  await page.route('**/__api/documents:sealState', (route) => route.abort('connectionreset'));

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Care home name').fill('Meadow View Care Home (Nursing)');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved the care home settings')).toBeVisible();

  await page.getByRole('link', { name: 'Dashboard' }).click();
  const waiting = page.getByRole('region', { name: /Signed but not sealed yet/ });
  await expect(waiting).toContainText(hoa.fullName);
  await page.unrouteAll({ behavior: 'wait' });
  await waiting
    .getByRole('button', { name: `Try sealing again for the appraisal of ${hoa.fullName}` })
    .click();
  await expect(page.getByText('This version was already sealed on')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('strong').filter({ hasText: 'Signed and sealed' })).toBeVisible();
});
