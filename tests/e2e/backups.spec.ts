/**
 * Nothing lost (#11), as a manager meets it: a backup made by hand and restored after the
 * database is cleared, a tampered backup refused with nothing changed, records rebuilt from the
 * signed documents, the start-up screen when the database cannot be opened, and the dashboard's
 * "last copied off this PC".
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { addPerson, completeSetup, openRegister, screenshot } from './appSteps';
import { sealAppraisalFor } from './auditsSteps';
import { randomUUID } from 'node:crypto';
import { harnessControlPrefix, harnessSessionStorageKey } from '../harness/harnessProtocol';
import { expect, test } from './fixtures';

const hoa = { fullName: 'Nguyễn Thị Hoa', role: 'Senior carer', team: 'Nights', startDate: '2021-06-01' };
const ade = { fullName: 'Adebayo Okonkwo', role: 'Carer', team: 'Days', startDate: '2023-02-01' };
const sealed = { id: 'appraisal-hoa-1', fullName: hoa.fullName, meetingDate: '2026-03-12' };

/** A home with one person whose appraisal is signed and sealed through the signing screen. */
async function homeWithSignedAppraisal(page: Page): Promise<void> {
  await completeSetup(page);
  await addPerson(page, hoa);
  await sealAppraisalFor(page, sealed);
}

async function openBackups(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
}

async function backUpNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up and checked: /)).toBeVisible({ timeout: 30_000 });
}

/** Deletes the app's IndexedDB database, as clearing the app's data or a PC move would, then reopens the app. */
async function loseTheDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('care-appraisals');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
  await page.goto('/');
  await page.reload();
}

/** The signed document opens and its check says it is exactly as sealed. */
async function expectSignedDocumentIntact(page: Page): Promise<void> {
  await page.goto(`/#/appraisals/${sealed.id}/document`);
  await expect(page.getByText('Checked: the stored document is exactly as it was sealed.')).toBeVisible({
    timeout: 30_000,
  });
}

test('a backup made by hand brings everything back after the database is lost', async ({ page }) => {
  await homeWithSignedAppraisal(page);
  await page.goto('/#/');
  await openBackups(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await backUpNow(page);
  // The export is read and written out in a worker, so the window stays free to type in.
  expect(workers.some((url) => url.includes('exportWorker'))).toBe(true);
  await screenshot(page, 'backups-page');

  await loseTheDatabase(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your records are missing from this PC' }),
  ).toBeVisible();
  await screenshot(page, 'recovery-empty');
  await page.getByRole('button', { name: 'Restore this backup…' }).click();
  const comparison = page.getByRole('table', { name: /What the backup holds beside/ });
  await expect(comparison.getByRole('row', { name: /People working here/ })).toContainText('1');
  await expect(comparison.getByRole('row', { name: /Newest signed record/ })).toContainText(
    `${hoa.fullName}, 12 March 2026`,
  );
  await screenshot(page, 'restore-compare');
  await page.getByRole('button', { name: 'Replace with this backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Restored the backup made / })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Open Care Appraisals' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.goto('/#/staff');
  await expect(page.getByRole('link', { name: hoa.fullName, exact: true })).toBeVisible();
  await page.getByRole('link', { name: hoa.fullName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: hoa.fullName })).toBeVisible();
  await expectSignedDocumentIntact(page);
});

test('restoring from Backups shows both sides, keeps a safety backup, and puts back the backup’s register', async ({
  page,
}) => {
  await homeWithSignedAppraisal(page);
  await page.goto('/#/');
  await openBackups(page);
  await backUpNow(page);
  await openRegister(page);
  await addPerson(page, ade);

  await openBackups(page);
  await page
    .getByRole('link', { name: /^Restore the backup made / })
    .first()
    .click();
  const comparison = page.getByRole('table', { name: /What the backup holds beside/ });
  const people = comparison.getByRole('row', { name: /People working here/ });
  await expect(people.getByRole('cell')).toHaveText(['1', '2']);
  await page.getByRole('button', { name: 'Replace with this backup' }).click();
  await expect(page.getByText(/What was here before is kept as the safety backup /)).toBeVisible({
    timeout: 30_000,
  });

  await page.goto('/#/staff');
  await expect(page.getByRole('link', { name: hoa.fullName, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: ade.fullName, exact: true })).toHaveCount(0);
  await openBackups(page);
  await expect(page.getByRole('row', { name: /Before a restore/ })).toBeVisible();
});

test('a backup edited after it was made is refused in plain English, and nothing changes', async ({
  page,
  harness,
}) => {
  await homeWithSignedAppraisal(page);
  await page.goto('/#/');
  await openBackups(page);
  await backUpNow(page);

  const backups = join(await harness.dataFolder(), 'backups');
  const made = readdirSync(backups).find((name) => name.endsWith('.zip'));
  if (made === undefined) throw new Error('No backup file was written.');
  const bytes = readFileSync(join(backups, made));
  // One byte changed in the middle of the file: inside the compressed database.
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
  const tampered = join(await harness.savedFolder(), 'tampered backup.zip');
  writeFileSync(tampered, bytes);
  await harness.scriptBackupFileDialog(tampered);

  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Restore a backup' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('was changed or damaged after the backup was made', {
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: 'Replace with this backup' })).toHaveCount(0);
  await screenshot(page, 'restore-refused');

  await page.goto('/#/staff');
  await expect(page.getByRole('link', { name: hoa.fullName, exact: true })).toBeVisible();
});

test('records come back from the signed documents when the database is lost', async ({ page }) => {
  await homeWithSignedAppraisal(page);
  await loseTheDatabase(page);

  await expect(
    page.getByRole('heading', { level: 1, name: 'Your records are missing from this PC' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Rebuild records…' }).click();
  await expect(page.getByText('Drafts cannot come back')).toBeVisible();
  await screenshot(page, 'recovery-rebuild');
  await page.getByRole('button', { name: 'Rebuild records', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Rebuilt 1 signed document: 1 person/ }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Open Care Appraisals' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.goto('/#/staff');
  await expect(page.getByRole('link', { name: hoa.fullName, exact: true })).toBeVisible();
  await expectSignedDocumentIntact(page);
});

test('a database saved by a newer version is left untouched and the manager is told to update', async ({
  page,
}) => {
  await completeSetup(page);
  // A newer Care Appraisals raised the database's version.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('care-appraisals', 1000);
        request.onupgradeneeded = () => request.result.createObjectStore('newer-things');
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(new Error(String(request.error)));
        request.onblocked = () => reject(new Error('blocked'));
      }),
  );
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Care Appraisals needs updating' })).toBeVisible();
  await expect(page.getByText('Nothing has been changed or deleted.')).toBeVisible();
  await screenshot(page, 'recovery-newer');
  const after = await page.evaluate(async () => {
    const databases = await indexedDB.databases();
    return databases.find((database) => database.name === 'care-appraisals')?.version;
  });
  expect(after).toBe(1000);
});

test('the dashboard says when records were last copied off this PC, and asks after a week', async ({
  page,
  harness,
}) => {
  await completeSetup(page);
  await addPerson(page, hoa);
  await page.goto('/#/');
  await expect(
    page.getByRole('note', { name: 'The records have never been copied off this PC' }),
  ).toBeVisible();

  const usbStick = join(await harness.savedFolder(), 'USB stick');
  mkdirSync(usbStick, { recursive: true });
  await harness.scriptFolderDialog(usbStick);
  await page.getByRole('link', { name: 'Back up to a folder…' }).click();
  await page.getByRole('button', { name: 'Back up to a folder…' }).click();
  await expect(page.getByText(/^Copied to .*USB stick/)).toBeVisible({ timeout: 30_000 });

  await page.goto('/#/');
  await expect(page.getByText(/^Records last copied off this PC today/)).toBeVisible();
  await expect(page.getByRole('note', { name: /copied off this PC/ })).toHaveCount(0);

  await page.clock.setFixedTime(new Date(Date.now() + 8 * 86_400_000));
  await page.reload();
  await expect(
    page.getByRole('note', { name: 'The records were last copied off this PC 8 days ago' }),
  ).toBeVisible();
  await screenshot(page, 'dashboard-copy-off-warning');
});

test('on a new PC, the backup on the USB stick brings back every signed record from the setup screen', async ({
  page,
  harness,
  browser,
  baseURL,
}) => {
  await homeWithSignedAppraisal(page);
  const usbStick = join(await harness.savedFolder(), 'USB stick');
  mkdirSync(usbStick, { recursive: true });
  await harness.scriptFolderDialog(usbStick);
  await page.goto('/#/');
  await openBackups(page);
  await page.getByRole('button', { name: 'Back up to a folder…' }).click();
  await expect(page.getByText(/^Copied to .*USB stick/)).toBeVisible({ timeout: 30_000 });
  const copied = join(usbStick, 'Care Appraisals backups');
  const backupFile = readdirSync(copied).find((name) => name.endsWith('.zip'));
  if (backupFile === undefined) throw new Error('Nothing was copied to the USB stick.');

  // The new PC: another data folder (harness session) and another browser profile (IndexedDB).
  const newPc = await browser.newContext();
  const session = randomUUID().replaceAll('-', '');
  await newPc.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [harnessSessionStorageKey, session] as const,
  );
  const scripted = await newPc.request.post(`${baseURL ?? ''}${harnessControlPrefix}backup-file-dialog`, {
    headers: { origin: new URL(baseURL ?? '').origin },
    data: { session, answers: [join(copied, backupFile)] },
  });
  expect(scripted.ok()).toBe(true);
  const fresh = await newPc.newPage();
  await fresh.goto('/');
  await expect(fresh.getByRole('heading', { level: 1, name: 'Welcome to Care Appraisals' })).toBeVisible();
  await fresh.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await expect(fresh.getByRole('table', { name: /What the backup holds beside/ })).toBeVisible({
    timeout: 30_000,
  });
  await fresh.getByRole('button', { name: 'Replace with this backup' }).click();
  await expect(fresh.getByRole('status').filter({ hasText: /^Restored the backup made / })).toBeVisible({
    timeout: 30_000,
  });
  await fresh.getByRole('button', { name: 'Open Care Appraisals' }).click();
  await expect(fresh.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expectSignedDocumentIntact(fresh);
  await newPc.close();
});
