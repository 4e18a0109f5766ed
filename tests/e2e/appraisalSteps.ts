/**
 * Steps the appraisal e2e specs share: starting an appraisal, the save status, and seeding a
 * signed appraisal straight into IndexedDB (signing is not in the app yet).
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { screenshotDir } from './appSteps';
import { expect } from './fixtures';

export const chiamaka = {
  fullName: 'Chiamaka Okonkwo-Ìbèkwè',
  role: 'Registered nurse',
  team: 'Nights',
  startDate: '2023-05-15',
};

export function saveStatus(page: Page) {
  return page.getByRole('status', { name: 'Save status' });
}

/** Waits until everything typed is in the database. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText(/^Saved/);
}

export function stepHeading(page: Page, title: string) {
  return page.getByRole('heading', { level: 2, name: new RegExp(`Step \\d+ of 11 ${escapeRegExp(title)}$`) });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** From the staff register: the person's Start appraisal button, then Start on the next screen. */
export async function startAppraisalFromRegister(page: Page, fullName: string): Promise<void> {
  await page.getByRole('link', { name: 'Staff register' }).click();
  await page.getByRole('link', { name: `Start appraisal of ${fullName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start an appraisal' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the appraisal' }).click();
  await expect(stepHeading(page, 'About this appraisal')).toBeVisible();
}

/**
 * Writes a signed appraisal into the app's own IndexedDB database, as the signing step (the
 * next issue) will. The UI cannot produce a signed record yet, and the carry-over of objectives
 * needs one. The record is stored exactly as the repository stores it: the appraisal plus copies
 * of its indexed fields. The page is reloaded so the app reads it.
 */
export async function seedSignedAppraisal(
  page: Page,
  appraisal: Appraisal,
  staffName: string,
): Promise<void> {
  await page.evaluate(
    async ({ appraisal, staffName }) => {
      const request = indexedDB.open('care-appraisals');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      const tx = db.transaction(['staff', 'appraisals'], 'readwrite');
      const staffRequest = tx.objectStore('staff').getAll();
      await new Promise<void>((resolve) => {
        staffRequest.onsuccess = () => resolve();
      });
      const people = staffRequest.result as { id: string; fullName: string }[];
      const person = people.find((p) => p.fullName === staffName);
      if (person === undefined) throw new Error(`No one called ${staffName} on the register.`);
      tx.objectStore('appraisals').put({
        ...appraisal,
        staffId: person.id,
        header: { ...appraisal.header, staffName },
        meetingDate: appraisal.header.meetingDate === '' ? null : appraisal.header.meetingDate,
        nextDueDate: appraisal.nextDueDate === '' ? null : appraisal.nextDueDate,
        appraiserName: appraisal.header.appraiserName,
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    { appraisal, staffName },
  );
  await page.reload();
}

/** A 1366x768 screenshot of what the manager sees (the viewport, not the whole long page). */
export async function viewShot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png` });
}

/** Presses Tab (or Shift+Tab) until the target has focus: keyboard only, robust to small order changes. */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 80 } = {},
): Promise<void> {
  await target.waitFor({ state: 'attached', timeout: 10_000 });
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}
