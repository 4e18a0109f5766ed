/**
 * Retention: a leaver who left seven years ago can have their records destroyed once the
 * manager types their name; one who left two years ago cannot. Destroying removes their
 * signed files from the vault, their appraisals and register entry, and logs the destruction
 * without their name.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { defaultNextDueDate } from '../../shared/appraisal/nextDue';
import { addPerson, screenshot, showEveryone } from './appSteps';
import {
  appraiser,
  monthsFromToday,
  sealAppraisalFor,
  setLeavingDate,
  setUpHomeAndOpenRegister,
} from './auditsSteps';
import { expect, test } from './fixtures';

const stefan = { fullName: 'Ștefan Țurcanu', role: 'Care assistant', team: 'Days', startDate: '2012-01-09' };
const siobhan = { fullName: 'Siobhán Ó Briain', role: 'Cook', team: 'Kitchen', startDate: '2016-04-04' };

test('a leaver past retention is destroyed after typing their name; one within retention cannot be', async ({
  page,
  harness,
}) => {
  await setUpHomeAndOpenRegister(page);
  await addPerson(page, stefan);
  await addPerson(page, siobhan);
  await addPerson(page, { fullName: appraiser, role: 'Registered manager', startDate: '2010-01-04' });
  await sealAppraisalFor(page, {
    id: 'appraisal-stefan',
    fullName: stefan.fullName,
    meetingDate: monthsFromToday(-96),
  });
  const leftSevenYearsAgo = monthsFromToday(-84);
  await setLeavingDate(page, stefan.fullName, leftSevenYearsAgo);
  const leftTwoYearsAgo = monthsFromToday(-24);
  await setLeavingDate(page, siobhan.fullName, leftTwoYearsAgo);

  const vault = join(await harness.dataFolder(), 'vault');
  expect(readdirSync(vault).filter((name) => name.startsWith('appraisal-stefan-v1.'))).toHaveLength(3);

  await page.goto('/#/audits');
  await expect(page.getByRole('heading', { level: 1, name: 'Audits and retention' })).toBeVisible();
  const past = page.getByRole('table', { name: 'Past retention' });
  await expect(past.getByRole('row')).toHaveCount(2);
  await expect(past.getByRole('row', { name: new RegExp(stefan.fullName) })).toContainText('1');
  const leavers = page.getByRole('table', { name: 'All leavers' });
  await expect(leavers.getByRole('row')).toHaveCount(3);
  // Siobhán left two years ago: her date is shown and there is no way to destroy her records.
  const siobhanRow = leavers.getByRole('row', { name: new RegExp(siobhan.fullName) });
  await expect(siobhanRow).toContainText(formatGb(defaultNextDueDate(leftTwoYearsAgo, 72)));
  await expect(page.getByRole('button', { name: `Destroy the records of ${siobhan.fullName}…` })).toHaveCount(
    0,
  );
  await screenshot(page, 'audits-retention');

  // Before destroying, everything held about him is exported as one bundle.
  await harness.scriptSaveDialog('save');
  await page
    .getByRole('button', { name: `Subject access request: export everything held about ${stefan.fullName}` })
    .click();
  await expect(page.getByText(/^Saved .*\.zip: 1 signed appraisal, [\d.]+ (KB|MB)\.$/)).toBeVisible({
    timeout: 60_000,
  });
  const [bundle] = (await harness.savedFiles()).filter((file) => file.name.endsWith('.zip'));
  const bundleFiles = unzipSync(new Uint8Array(bundle?.bytes ?? Buffer.alloc(0)));
  const bundleNames = Object.keys(bundleFiles);
  // Signed as a pack is: the home's signature over the manifest, and its certificate.
  expect(bundleNames).toEqual(
    expect.arrayContaining(['README.txt', 'manifest.json', 'manifest.json.p7s', 'signing-certificate.pem']),
  );
  expect(new TextDecoder().decode(bundleFiles['README.txt'])).toContain(
    'openssl cms -verify -binary -inform DER -in manifest.json.p7s -content manifest.json -CAfile signing-certificate.pem -purpose any -out /dev/null',
  );
  expect(bundleNames.filter((name) => name.startsWith('pdf/') && name.endsWith('.pdf'))).toHaveLength(1);
  expect(new TextDecoder().decode(bundleFiles['manifest.json'])).toContain('README.txt');
  const bundleText = bundleNames.map((name) => new TextDecoder().decode(bundleFiles[name])).join('\n');
  expect(bundleText).toContain(stefan.fullName);
  expect(bundleText).toContain(leftSevenYearsAgo);
  await screenshot(page, 'audits-subject-access-saved');

  await page.getByRole('button', { name: `Destroy the records of ${stefan.fullName}…` }).click();
  const dialog = page.getByRole('dialog', { name: `Destroy the records of ${stefan.fullName}` });
  await expect(dialog).toContainText('1 appraisal record (drafts included)');
  await expect(dialog).toContainText('1 signed document (PDF and sealed record)');
  await expect(dialog).toContainText('not their name');
  // Part of the name is refused and nothing happens.
  const confirm = dialog.getByLabel(`Type their full name to confirm: ${stefan.fullName}`);
  await confirm.fill('Stefan');
  await dialog.getByRole('button', { name: 'Destroy these records' }).click();
  await expect(
    dialog.getByText(`Type ${stefan.fullName} to confirm (accents and capital letters do not matter).`),
  ).toBeVisible();
  await screenshot(page, 'audits-retention-destroy-dialog');
  expect(readdirSync(vault).filter((name) => name.startsWith('appraisal-stefan-v1.'))).toHaveLength(3);

  // As a UK keyboard types it: no accents, any case.
  await confirm.fill('stefan turcanu');
  await dialog.getByRole('button', { name: 'Destroy these records' }).click();
  await expect(page.getByRole('status')).toHaveText(
    `Destroyed the records of ${stefan.fullName}: 1 appraisal record and 1 signed document.`,
  );
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('No one’s records are past retention.')).toBeVisible();
  await expect(leavers.getByRole('row')).toHaveCount(2);

  // The vault no longer holds his files; the audit log says a destruction happened, not whose.
  expect(readdirSync(vault).filter((name) => name.startsWith('appraisal-stefan-v1.'))).toEqual([]);
  const log = readFileSync(join(await harness.dataFolder(), 'audit', 'audit-log.jsonl'), 'utf8')
    .trim()
    .split('\n');
  const last = log.at(-1) ?? '';
  expect(JSON.parse(last)).toMatchObject({ action: 'destroy' });
  expect(last).not.toContain('Ștefan');
  expect(last).not.toContain('Țurcanu');

  // Gone from the register too, and Siobhán is still there.
  await page.getByRole('link', { name: 'Staff register' }).click();
  await showEveryone(page);
  await expect(page.locator('.person-name')).toHaveText([appraiser, siobhan.fullName]);
});

function formatGb(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

test('the retention period is set in Settings and moves every leaver’s date', async ({ page }) => {
  await setUpHomeAndOpenRegister(page);
  await addPerson(page, stefan);
  const leftSevenYearsAgo = monthsFromToday(-84);
  await setLeavingDate(page, stefan.fullName, leftSevenYearsAgo);

  await page.goto('/#/settings');
  const years = page.getByLabel('Years to keep records after someone leaves');
  await expect(years).toHaveValue('6');
  await years.fill('0');
  await page.getByRole('button', { name: 'Save retention period' }).click();
  await expect(page.getByText('Enter a number of years from 1 to 50.')).toBeVisible();
  await years.fill('8');
  await page.getByRole('button', { name: 'Save retention period' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Saved: leavers’ records are kept for 8 years after they leave',
  );
  await screenshot(page, 'settings-retention');

  await page.getByRole('link', { name: 'Audits and retention' }).click();
  await expect(page.getByText('A leaver’s records are kept for 8 years after they leave')).toBeVisible();
  await expect(page.getByText('No one’s records are past retention.')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'All leavers' }).getByRole('row', { name: new RegExp(stefan.fullName) }),
  ).toContainText(formatGb(defaultNextDueDate(leftSevenYearsAgo, 96)));
  await expect(page.getByRole('button', { name: /^Destroy the records of/ })).toHaveCount(0);
});
