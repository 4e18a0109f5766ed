/**
 * Steps the appraisal e2e specs share: starting an appraisal, the save status, seeding an
 * appraisal straight into IndexedDB, and signing (drawn, typed, on paper).
 */
import type { Locator, Page } from '@playwright/test';
import { toAppraisalRecord } from '../../renderer/db/appraisalRecord';
import type { AppraisalRecord, StaffRecord } from '../../renderer/db/records';
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { screenshot } from './appSteps';
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
 * Writes an appraisal into the app's own IndexedDB database for the person of that name on the
 * register, as the repository stores it: the record is made here by the app's own
 * `toAppraisalRecord`, and only the finished record goes into the page to be put. Then reloads
 * so the app reads it. Used for a complete draft (signing tests: filling every step through the
 * UI is covered by the keyboard spec) and for an earlier signed appraisal whose objectives the
 * next one reviews.
 */
export async function seedAppraisal(page: Page, appraisal: Appraisal, staffName: string): Promise<void> {
  const staffId = await page.evaluate(async (staffName) => {
    const request = indexedDB.open('care-appraisals');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const all = db.transaction('staff').objectStore('staff').getAll();
    const people = await new Promise<{ id: string; fullName: string }[]>((resolve, reject) => {
      all.onsuccess = () => resolve(all.result as { id: string; fullName: string }[]);
      all.onerror = () => reject(new Error(String(all.error)));
    });
    db.close();
    return people.find((p) => p.fullName === staffName)?.id;
  }, staffName);
  if (staffId === undefined) throw new Error(`No one called ${staffName} on the register.`);
  const record = toAppraisalRecord({ ...appraisal, staffId, header: { ...appraisal.header, staffName } });
  await putRecords(page, { appraisals: [record] });
  await page.reload();
}

/**
 * Puts finished records (made in the test by the repositories' own functions) into the app's
 * IndexedDB database in one transaction. It adds nothing to them: the record shapes are the app's.
 * They are written through the app's own database class, loaded from the harness's dev server,
 * so the summaries the lists read are kept beside them as the app keeps them.
 */
export async function putRecords(
  page: Page,
  records: { staff?: StaffRecord[]; appraisals?: AppraisalRecord[] },
): Promise<void> {
  await page.evaluate(
    async ({ staff = [], appraisals = [], databaseModule }) => {
      // The module's own type, checked against the app's source.
      const { AppDatabase }: typeof import('../../renderer/db/database') = await import(databaseModule);
      const db = new AppDatabase();
      await db.transaction('rw', db.staff, db.appraisals, async () => {
        await db.staff.bulkPut(staff);
        await db.appraisals.bulkPut(appraisals);
      });
      db.close();
    },
    { ...records, databaseModule: '/db/database.ts' },
  );
}

/**
 * An earlier signed appraisal, as the carry-over of objectives needs one. It has no sealed
 * document (the document screen says so); signing through the app is in the signing specs.
 */
export async function seedSignedAppraisal(
  page: Page,
  appraisal: Appraisal,
  staffName: string,
): Promise<void> {
  await seedAppraisal(page, { ...appraisal, status: 'signed' }, staffName);
}

/** A 1366x768 screenshot of what the manager sees (the viewport, not the whole long page); SCREENSHOTS=1 only. */
export async function viewShot(page: Page, name: string): Promise<void> {
  await screenshot(page, name, { fullPage: false });
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

/** Draws a short zig-zag signature in the party's signature box with the mouse. */
export async function drawSignature(page: Page, boxLabel: string): Promise<void> {
  const pad = page.getByRole('img', { name: boxLabel });
  await pad.scrollIntoViewIfNeeded();
  // The pad listens from the effect that also sizes its backing store; until then (a busy
  // machine) strokes would fall on a bare canvas and draw nothing.
  await expect
    .poll(() =>
      pad.evaluate(
        (canvas: HTMLCanvasElement) =>
          canvas.width === Math.round(canvas.offsetWidth * Math.max(window.devicePixelRatio || 1, 1)),
      ),
    )
    .toBe(true);
  const box = await pad.boundingBox();
  if (box === null) throw new Error('The signature box is not on screen.');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step += 1) {
    await page.mouse.move(box.x + 30 + step * 25, y + (step % 2 === 0 ? -30 : 30), { steps: 4 });
  }
  await page.mouse.up();
  // What the person sees under the box once a stroke has landed.
  await expect(pad.locator('xpath=..').getByText('Signature drawn')).toBeVisible();
}

/** Signs by typing the full name and ticking the confirmation, then presses the sign button. */
export async function signByTyping(page: Page, fullName: string, button: string | RegExp): Promise<void> {
  await page.getByRole('radio', { name: /Type your name/ }).check();
  await page.getByLabel(`Type the full name: ${fullName}`).fill(fullName);
  await page.getByRole('checkbox', { name: /confirm that typing my name here is my signature/ }).check();
  await page.getByRole('button', { name: button }).click();
}

/** The appraisee signs by typing, then the appraiser countersigns by typing; lands on the document. */
export async function signAndSealByTyping(
  page: Page,
  staffName: string,
  appraiserName: string,
): Promise<void> {
  await signByTyping(page, staffName, `Sign as ${staffName}`);
  await expect(
    page.getByText('Signed by the appraisee — waiting for the appraiser’s countersignature'),
  ).toBeVisible();
  await signByTyping(page, appraiserName, 'Countersign and seal the record');
  await expect(page.getByText('Checked: the stored document is exactly as it was sealed.')).toBeVisible({
    timeout: 30_000,
  });
}
