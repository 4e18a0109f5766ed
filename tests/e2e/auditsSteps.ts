/**
 * Steps the audits and retention specs share: dates relative to today, leavers, and appraisals
 * sealed through the real signing screen (so their PDFs are in the session's vault).
 */
import type { Page } from '@playwright/test';
import { completeAppraisal } from '../fixtures/completeAppraisal';
import { toIsoDate } from '../../shared/dates';
import { defaultNextDueDate } from '../../shared/appraisal/nextDue';
import { home } from './appSteps';
import { seedAppraisal, signAndSealByTyping } from './appraisalSteps';
import { expect } from './fixtures';

export const appraiser = 'Łucja Wąsowska';

/** Today (the test's local day) moved by whole months: -84 is seven years ago. */
export function monthsFromToday(months: number): string {
  const today = toIsoDate(new Date());
  if (months >= 0) return defaultNextDueDate(today, months);
  const [year = 0, month = 1] = today.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  // The first of the month: always a real date, whatever today is.
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Gives someone on the register a leaving date (as the edit screen would), then reloads. */
export async function setLeavingDate(page: Page, fullName: string, leavingDate: string): Promise<void> {
  await page.evaluate(
    async ({ fullName, leavingDate }) => {
      const request = indexedDB.open('care-appraisals');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      const tx = db.transaction('staff', 'readwrite');
      const all = tx.objectStore('staff').getAll();
      await new Promise<void>((resolve) => {
        all.onsuccess = () => resolve();
      });
      const person = (all.result as { fullName: string }[]).find((p) => p.fullName === fullName);
      if (person === undefined) throw new Error(`No one called ${fullName} on the register.`);
      tx.objectStore('staff').put({ ...person, leavingDate });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    { fullName, leavingDate },
  );
  await page.reload();
}

/** A complete appraisal for someone on the register, met on `meetingDate`, signed and sealed. */
export async function sealAppraisalFor(
  page: Page,
  { id, fullName, meetingDate }: { id: string; fullName: string; meetingDate: string },
): Promise<void> {
  const appraisal = completeAppraisal({ id, nextDueDate: defaultNextDueDate(meetingDate, 12) });
  await seedAppraisal(
    page,
    {
      ...appraisal,
      header: {
        ...appraisal.header,
        periodStart: yearBefore(meetingDate),
        periodEnd: meetingDate,
        meetingDate,
      },
    },
    fullName,
  );
  await page.goto(`/#/appraisals/${id}/sign`);
  await signAndSealByTyping(page, fullName, appraiser);
}

/** The same day a year earlier (29 February becomes 28 February). */
function yearBefore(iso: string): string {
  const year = String(Number(iso.slice(0, 4)) - 1).padStart(4, '0');
  const day = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${year}-${day}`;
}

/** First-run setup, then the staff register (wherever setup lands the manager). */
export async function setUpHomeAndOpenRegister(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Care home name').fill(home.homeName);
  await page.getByLabel('Address').fill(home.address);
  await page.getByLabel('Registered manager').fill(home.registeredManager);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('button', { name: 'Save and continue' })).toHaveCount(0);
  await page.goto('/#/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff register' })).toBeVisible();
}
