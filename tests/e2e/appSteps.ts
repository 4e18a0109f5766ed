/**
 * Steps the e2e specs share: first-run setup, adding a person, screenshots. Every step
 * drives the app the way a manager would, through labelled controls.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

const screenshotDir = 'tests/.artifacts/screenshots';

/**
 * Screenshots assert nothing, so they are taken only when a developer asks to look at every
 * screen (`SCREENSHOTS=1 npm run test:e2e`, into tests/.artifacts/screenshots/). Every
 * screenshot in the specs goes through here; this is the one place that decides.
 */
export async function screenshot(
  target: Page | Locator,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(screenshotDir, { recursive: true });
  const path = `${screenshotDir}/${name}.png`;
  // A page shows the whole long page unless told otherwise; a locator shows just that element.
  if ('mainFrame' in target) await target.screenshot({ path, fullPage });
  else await target.screenshot({ path });
}

export const home = {
  homeName: 'Rosewood House',
  address: '12 Mill Lane\nHeadingley\nLeeds LS6 2AB',
  registeredManager: 'María José Núñez',
};

export async function completeSetup(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Care Appraisals' })).toBeVisible();
  await page.getByLabel('Care home name').fill(home.homeName);
  await page.getByLabel('Address').fill(home.address);
  await page.getByLabel('Registered manager').fill(home.registeredManager);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  // Setup lands on the dashboard (the home screen); the specs carry on from the register.
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await openRegister(page);
}

/** Opens the staff register from the side navigation. */
export async function openRegister(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff register' })).toBeVisible();
}

export interface NewPerson {
  fullName: string;
  preferredName?: string;
  role: string;
  team?: string;
  startDate: string;
  lineManager?: string;
}

/** Fills the add form (already open) without saving. */
export async function fillStaffForm(page: Page, person: NewPerson): Promise<void> {
  await page.getByLabel('Full name').fill(person.fullName);
  if (person.preferredName !== undefined) await page.getByLabel('Preferred name').fill(person.preferredName);
  await page.getByLabel('Role').fill(person.role);
  if (person.team !== undefined) await page.getByLabel('Team or unit').fill(person.team);
  await page.getByLabel('Start date').fill(person.startDate);
  if (person.lineManager !== undefined) {
    await page.getByLabel('Line manager').selectOption({ label: person.lineManager });
  }
}

export async function addPerson(page: Page, person: NewPerson): Promise<void> {
  await page.getByRole('link', { name: 'Add a member of staff' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a member of staff' })).toBeVisible();
  await fillStaffForm(page, person);
  await page.getByRole('button', { name: 'Add to register' }).click();
  // The app keeps names in composed form (NFC), whatever form they were typed in.
  await expect(page.getByRole('status')).toHaveText(`Saved ${person.fullName.normalize('NFC')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Staff register' })).toBeVisible();
}

/** Waits until the register shows exactly these names, in this order. */
export async function expectRegisterNames(page: Page, names: readonly string[]): Promise<void> {
  await expect(page.locator('.person-name')).toHaveText([...names]);
}

/** The register's name cells, exactly as rendered (call after expectRegisterNames). */
export async function registerNames(page: Page): Promise<string[]> {
  return page.locator('.person-name').allTextContents();
}

export async function showEveryone(page: Page): Promise<void> {
  await page.getByLabel('Show').selectOption({ value: 'everyone' });
}
