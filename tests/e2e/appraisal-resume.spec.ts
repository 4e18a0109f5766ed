/**
 * Nothing typed is lost: a reload straight after typing, and resuming from the Appraisals page,
 * bring back the same step with every character exactly as typed (10,000 characters, any script).
 */
import { addPerson, completeSetup } from './appSteps';
import {
  chiamaka,
  expectSaved,
  saveStatus,
  startAppraisalFromRegister,
  stepHeading,
  viewShot,
} from './appraisalSteps';
import { expect, test } from './fixtures';

/** Exactly 10,000 UTF-16 code units: several scripts, an emoji sequence, a decomposed accent, line breaks. */
function longEvidence(): string {
  const piece =
    'Łucja Wąsowska, Ștefan Țurcanu, Nguyễn Thị Hoa and Chiamaka Okonkwo-Ìbèkwè said the handover was clear. ' +
    'Cafe\u0301 rota 👩🏽‍⚕️ «guillemets» — dash; 日本語; עברית.\n';
  let text = '';
  while (text.length < 10_000) text += piece;
  return text.slice(0, 9_999) + '✓';
}

test('a reload straight after typing, and resuming later, lose nothing', async ({ page }) => {
  await completeSetup(page);
  await addPerson(page, chiamaka);
  await startAppraisalFromRegister(page, chiamaka.fullName);
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: /Leadership behaviours/ })
    .click();
  await expect(stepHeading(page, 'Leadership behaviours')).toBeFocused();

  const evidence = longEvidence();
  expect(evidence.length).toBe(10_000);
  const firstCard = page
    .getByRole('region', { name: /Making the organisation's vision practical|1 of 10/ })
    .first();
  await firstCard.getByRole('radio', { name: '3 Effective' }).check();
  await firstCard.getByLabel('Evidence').fill(evidence);
  const secondCard = page.locator('.competency-card').nth(1);
  await secondCard.getByRole('radio', { name: '2 Developing' }).check();
  await secondCard.getByLabel('Evidence').pressSequentially('Typed just before the reload: Ș ț ą ł ễ');
  // No waiting for "Saved": the reload comes while the last keystrokes are still unsaved.
  await page.reload();

  await expect(stepHeading(page, 'Leadership behaviours')).toBeVisible();
  const cards = page.locator('.competency-card');
  await expect(cards.nth(0).getByRole('radio', { name: '3 Effective' })).toBeChecked();
  await expect(cards.nth(1).getByRole('radio', { name: '2 Developing' })).toBeChecked();
  await expect(cards.nth(1).getByLabel('Evidence')).toHaveValue('Typed just before the reload: Ș ț ą ł ễ');
  const restored = await cards.nth(0).getByLabel('Evidence').inputValue();
  expect(restored === evidence).toBe(true);
  await expectSaved(page);
  await viewShot(page, 'appraisal-resume-after-reload');

  // Later: leave for another screen, then Appraisals → Resume opens the same step, all intact.
  await page.getByRole('link', { name: 'Staff register' }).click();
  await page.reload();
  await page.getByRole('link', { name: 'Appraisals', exact: true }).click();
  const row = page.getByRole('row', { name: new RegExp(chiamaka.fullName) });
  await expect(row).toContainText('Leadership behaviours');
  await expect(row).toContainText(/\d+ of 11 steps complete/);
  await viewShot(page, 'appraisal-drafts-list');
  await row.getByRole('link', { name: `Resume the appraisal of ${chiamaka.fullName}` }).click();
  await expect(stepHeading(page, 'Leadership behaviours')).toBeFocused();
  expect(
    (await page.locator('.competency-card').nth(0).getByLabel('Evidence').inputValue()) === evidence,
  ).toBe(true);
  await expect(saveStatus(page)).toHaveText(/^Saved/);
});

test('a save that is refused says why, and the typed text stays on screen', async ({ page }) => {
  await completeSetup(page);
  await addPerson(page, chiamaka);
  await startAppraisalFromRegister(page, chiamaka.fullName);
  await expectSaved(page);
  // Behind the app's back the record stops being a draft (as signing elsewhere would make it).
  await page.evaluate(async () => {
    const request = indexedDB.open('care-appraisals');
    const db = await new Promise<IDBDatabase>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    const store = db.transaction('appraisals', 'readwrite').objectStore('appraisals');
    const all = store.getAll();
    await new Promise<void>((resolve) => {
      all.onsuccess = () => resolve();
    });
    for (const record of all.result as { status: string }[]) store.put({ ...record, status: 'signed' });
    db.close();
  });
  const role = page.getByLabel('Role at the time of this appraisal');
  await role.fill('Clinical lead nurse');
  await expect(page.getByRole('alert')).toContainText(
    'This appraisal has been signed, so it can no longer be changed.',
  );
  await expect(saveStatus(page)).toHaveText('Not saved');
  await expect(role).toHaveValue('Clinical lead nurse');
  await viewShot(page, 'appraisal-save-refused');
});

test('a save that fails as the manager leaves is told on the next page, and the words come back', async ({
  page,
}) => {
  await completeSetup(page);
  await addPerson(page, chiamaka);
  await startAppraisalFromRegister(page, chiamaka.fullName);
  await expectSaved(page);
  // The disk fills up: every IndexedDB write from now on fails, as it would on a full PC.
  await page.evaluate(() => {
    const realPut = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put');
    Object.defineProperty(window, '__realPut', { value: realPut, configurable: true });
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
  });
  const role = page.getByLabel('Role at the time of this appraisal');
  await role.fill('Deputy manager, typed just before leaving');
  // No waiting for the autosave: the manager goes straight to another screen.
  await page.getByRole('link', { name: 'Staff register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff register' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    `Your latest changes to ${chiamaka.fullName}’s appraisal could not be saved when you left it. They are kept on this PC and are saved when you open the appraisal again.`,
  );
  await viewShot(page, 'appraisal-left-unsaved');

  await page.evaluate(() => {
    const realPut: unknown = Reflect.get(window, '__realPut');
    if (typeof realPut === 'object' && realPut !== null)
      Object.defineProperty(IDBObjectStore.prototype, 'put', realPut satisfies PropertyDescriptor);
  });
  await page.getByRole('link', { name: 'Appraisals', exact: true }).click();
  await page.getByRole('link', { name: `Resume the appraisal of ${chiamaka.fullName}` }).click();
  await expect(page.getByLabel('Role at the time of this appraisal')).toHaveValue(
    'Deputy manager, typed just before leaving',
  );
  await expectSaved(page);
});
