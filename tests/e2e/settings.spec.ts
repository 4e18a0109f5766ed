import type { Page } from '@playwright/test';
import { completeSetup, home, screenshot } from './appSteps';
import { expect, test } from './fixtures';

/** A real PNG drawn by the browser, so the preview shows a picture. */
async function drawLogo(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 240;
    canvas.height = 80;
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new Error('no 2d context');
    ctx.fillStyle = '#2e6b4f';
    ctx.fillRect(0, 0, 80, 80);
    ctx.fillStyle = '#ffffff';
    ctx.font = 'bold 44px sans-serif';
    ctx.fillText('R', 24, 56);
    ctx.fillStyle = '#2e6b4f';
    ctx.font = 'bold 26px sans-serif';
    ctx.fillText('Rosewood', 92, 50);
    return canvas.toDataURL('image/png').split(',')[1] ?? '';
  });
  return Buffer.from(base64, 'base64');
}

test('first run asks for the care home details before anything else', async ({ page }) => {
  await page.goto('/#/staff/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Care Appraisals' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByLabel('Months between appraisals')).toHaveValue('12');
  await screenshot(page, '01-setup');

  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { name: 'There are 2 problems' })).toBeVisible();
  await expect(page.getByLabel('Care home name')).toBeFocused();
  await expect(page.getByLabel('Care home name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Care home name')).toHaveAccessibleDescription(
    /Enter the name of the care home\./,
  );
  await expect(page.getByLabel('Registered manager')).toHaveAccessibleDescription(
    /Enter the name of the registered manager\./,
  );
  await screenshot(page, '02-setup-errors');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Care Appraisals' })).toBeVisible();

  await completeSetup(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toContainText(home.homeName);
  await expect(nav.getByRole('link', { name: 'Staff register' })).toHaveAttribute('aria-current', 'page');
  await screenshot(page, '03-register-empty');

  // After setup the app opens on the dashboard, not the welcome screen.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
});

test('care home settings are saved, checked and kept after a reload', async ({ page }) => {
  await completeSetup(page);
  await page.getByRole('link', { name: 'Care home settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Care home settings' })).toBeVisible();
  await expect(page.getByLabel('Care home name')).toHaveValue(home.homeName);
  await expect(page.getByLabel('Address')).toHaveValue(home.address);
  await expect(page.getByLabel('Registered manager')).toHaveValue(home.registeredManager);

  await page.getByLabel('CQC location ID').fill('12345');
  await page.getByLabel('Months between appraisals').fill('twelve');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByLabel('CQC location ID')).toBeFocused();
  await expect(page.getByText('A CQC location ID looks like 1-123456789.').first()).toBeVisible();
  await expect(
    page.getByText('Enter the number of months between appraisals, for example 12.').first(),
  ).toBeVisible();

  // A file that is not a picture is refused by its bytes, whatever its name says.
  await page.getByLabel('Logo').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('%PDF-1.7 not a picture'),
  });
  await expect(page.getByText('That file is not a PNG or JPEG picture.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Your logo, as it will be printed' })).toHaveCount(0);

  await page
    .getByLabel('Logo')
    .setInputFiles({ name: 'rosewood-logo.png', mimeType: 'image/png', buffer: await drawLogo(page) });
  await expect(page.getByRole('img', { name: 'Your logo, as it will be printed' })).toBeVisible();
  await page.getByLabel('CQC location ID').fill('1-1234567890');
  await page.getByLabel('Months between appraisals').fill('6');
  await page.getByLabel('Care home name').fill('Rosewood House Nursing Home');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved the care home settings');
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Rosewood House Nursing Home');
  await screenshot(page, '04-settings');

  await page.reload();
  await expect(page.getByLabel('Care home name')).toHaveValue('Rosewood House Nursing Home');
  await expect(page.getByLabel('CQC location ID')).toHaveValue('1-1234567890');
  await expect(page.getByLabel('Months between appraisals')).toHaveValue('6');
  await expect(page.getByRole('img', { name: 'Your logo, as it will be printed' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove logo' }).click();
  await expect(page.getByLabel('Logo')).toBeFocused();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved the care home settings');
  await page.reload();
  await expect(page.getByLabel('Care home name')).toHaveValue('Rosewood House Nursing Home');
  await expect(page.getByRole('img', { name: 'Your logo, as it will be printed' })).toHaveCount(0);
});
