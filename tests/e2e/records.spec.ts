/**
 * Records: every appraisal with filters and sorting, each opening its document; the CSV of the
 * list and of the register (byte order mark, formula-like cells defused); a person's page.
 */
import { completeSetup, openRegister, screenshot } from './appSteps';
import { viewShot } from './appraisalSteps';
import { fixedNow, longestName, longestRole, seedHome, seedManyAppraisals } from './dashboardSteps';
import { expect, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(fixedNow);
  await completeSetup(page);
  await seedHome(page);
});

function nav(page: import('@playwright/test').Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

test('records can be filtered and sorted, and each opens its document', async ({ page }) => {
  await nav(page).getByRole('link', { name: 'Records' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeVisible();
  const table = page.getByRole('table');
  // Signed and replaced versions, the leaver's too; the draft only when asked.
  await expect(table.getByRole('caption')).toHaveText('Showing 7 appraisals');
  await page.getByLabel('Include drafts in progress').check();
  await expect(table.getByRole('caption')).toHaveText('Showing 8 appraisals');
  await page.getByLabel('Include drafts in progress').uncheck();
  await screenshot(page, '53-records');

  await page.getByLabel('Team', { exact: true }).selectOption('Nights');
  await expect(table.getByRole('caption')).toHaveText('Showing 3 appraisals of 7');
  await page.getByRole('button', { name: 'Staff member' }).click();
  await expect(table.getByRole('rowheader')).toHaveText(['Ben Okafor', 'Cara Nowak', 'Finn Leaver']);
  await expect(page.getByRole('columnheader', { name: 'Staff member' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await page.getByRole('button', { name: 'Staff member' }).click();
  await expect(table.getByRole('rowheader')).toHaveText(['Finn Leaver', 'Cara Nowak', 'Ben Okafor']);
  await page.getByRole('button', { name: 'Meeting' }).click();
  await expect(table.getByRole('rowheader')).toHaveText(['Finn Leaver', 'Cara Nowak', 'Ben Okafor']);

  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await page.getByLabel('Status').selectOption({ label: 'Replaced by an amendment' });
  await expect(table.getByRole('rowheader')).toHaveText(['Ștefan Țurcanu']);
  // The column is narrow: its tag says "Replaced", the full words on hover.
  await expect(table.getByText('Replaced', { exact: true })).toHaveAttribute(
    'title',
    'Replaced by an amendment',
  );
  await page.getByLabel('Status').selectOption('any');
  await page.getByLabel('Meeting from').fill('2025-09-01');
  await page.getByLabel('Meeting to').fill('2025-10-31');
  await expect(table.getByRole('caption')).toHaveText('Showing 3 appraisals of 7');
  await page.getByLabel('Staff member', { exact: true }).fill('stefan');
  await expect(table.getByRole('row', { name: /Ștefan Țurcanu/ })).toHaveCount(2);
  await expect(table.getByRole('row', { name: /Ștefan Țurcanu/ }).first()).toContainText('version 2');

  await table.getByRole('link', { name: /^Open Ștefan Țurcanu, 01\/10\/2025, version 2$/ }).click();
  await expect(page).toHaveURL(/#\/appraisals\/ap-eve-2\/document$/);
  // Back keeps the filters (they live in the address).
  await page.goBack();
  await expect(page.getByLabel('Staff member', { exact: true })).toHaveValue('stefan');
  await expect(page.getByRole('table').getByRole('caption')).toHaveText('Showing 2 appraisals of 7');
});

test('a long records list fits a 1366-pixel screen, its columns stay put while scrolling, and a name cut short shows whole on hover', async ({
  page,
}) => {
  await seedManyAppraisals(page, 120);
  await nav(page).getByRole('link', { name: 'Records' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('caption')).toHaveText('Showing 128 appraisals');
  const box = page.locator('.table-scroll');
  // Every column is in view, the Open buttons too: nothing behind a sideways scroll bar.
  expect(await box.evaluate((b) => b.scrollWidth - b.clientWidth)).toBe(0);
  const columnWidths = () =>
    table.locator('thead th').evaluateAll((cells) => cells.map((th) => th.getBoundingClientRect().width));
  const widthsAtTop = await columnWidths();
  const longName = table.getByRole('link', { name: longestName, exact: true });
  await expect(longName).toHaveCount(0);

  await box.evaluate((b) => {
    b.scrollTop = b.scrollHeight;
  });
  await expect(longName).toBeVisible();
  await longName.scrollIntoViewIfNeeded();
  await viewShot(page, '53-records-long-list');
  // The longest name, drawn only now, leaves every column where it was.
  expect(await columnWidths()).toEqual(widthsAtTop);
  expect(await box.evaluate((b) => b.scrollWidth - b.clientWidth)).toBe(0);
  // Only names, roles, teams and appraisers are ever cut; dates, statuses, scores and buttons show whole.
  const cellsOverflowing = await table
    .locator('tbody td:not(.cut-text)')
    .evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth).length);
  expect(cellsOverflowing).toBe(0);
  // It is cut to fit, with its whole name on hover (a name that fits gets no tooltip).
  expect(await longName.evaluate((a) => a.scrollWidth > a.clientWidth)).toBe(true);
  await longName.hover();
  await expect(longName).toHaveAttribute('title', longestName);
  const shortName = table.getByRole('link', { name: 'Finn Leaver', exact: true });
  await shortName.hover();
  await expect(shortName).not.toHaveAttribute('title');
  // A cell of two lines (role above team) is cut line by line, and given whole on hover.
  const roleAndTeam = table.getByRole('cell', { name: `${longestRole} Nights` });
  await roleAndTeam.hover();
  await expect(roleAndTeam).toHaveAttribute('title', `${longestRole}\nNights`);
  // The button still says whose record it opens, in full.
  await expect(table.getByRole('link', { name: `Open ${longestName}, 16/01/2023` })).toBeVisible();
});

test('the records list and the register save as CSV files a spreadsheet opens safely', async ({
  page,
  harness,
}) => {
  await nav(page).getByRole('link', { name: 'Records' }).click();
  // The register (where seeding ends) has a button of the same name until Records has opened.
  await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeVisible();
  await harness.scriptSaveDialog('save');
  await page.getByRole('button', { name: 'Export this list as CSV' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved appraisal-records-2026-03-12.csv');

  await openRegister(page);
  await harness.scriptSaveDialog('save');
  await page.getByRole('button', { name: 'Export this list as CSV' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved staff-register-2026-03-12.csv');

  const files = await harness.savedFiles();
  const records = files.find((f) => f.name === 'appraisal-records-2026-03-12.csv');
  const register = files.find((f) => f.name === 'staff-register-2026-03-12.csv');
  if (records === undefined || register === undefined) throw new Error('both CSV files should be saved');

  for (const file of [records, register]) {
    // UTF-8 with a byte order mark, so Excel shows Ștefan Țurcanu correctly.
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.bytes.toString('utf8')).toContain('Ștefan Țurcanu');
    // The team "=Bank" would run as a formula; it is saved as text.
    expect(file.text).toContain(",'=Bank,");
    expect(file.text).not.toMatch(/,=Bank/);
  }
  const recordLines = records.text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(recordLines[0]).toBe(
    'Staff member,Role,Team,Period start,Period end,Meeting date,Appraiser,Status,Version,Management score,Leadership score,Next due,Fingerprint (SHA-256)',
  );
  expect(recordLines).toHaveLength(8);
  expect(recordLines.find((l) => l.startsWith('Ștefan Țurcanu') && l.includes(',2,'))).toContain('Signed,2,');

  const registerLines = register.text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(registerLines[0]).toBe(
    'Name,Preferred name,Role,Team,Start date,Leaving date,Status,Last signed appraisal,Next due,When due',
  );
  // The register shows active staff by default, and the CSV saves what it shows.
  expect(registerLines).toHaveLength(8);
  expect(registerLines).toContain(
    'Cara Nowak,,Care assistant,Nights,2022-01-10,,Overdue,2024-12-01,2025-12-01,101 days overdue',
  );
  // Never appraised: the due date is counted from the start date, and the CSV says so.
  expect(registerLines).toContain(
    'Dev Sharma,,Care assistant,Days,2025-01-06,,Never appraised,,2026-01-06,"First appraisal, counted from the start date: 65 days overdue"',
  );
});

test("a person's page shows every version, the profile over time and what can be done", async ({ page }) => {
  await openRegister(page);
  await page.getByRole('link', { name: 'Ștefan Țurcanu', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ștefan Țurcanu' })).toBeVisible();
  await expect(page.getByText('In date · next due 01/10/2026 (in 203 days)')).toBeVisible();
  const appraisals = page.getByRole('table', { name: 'Appraisals, newest first' });
  await expect(appraisals.getByRole('row')).toHaveCount(3);
  await expect(appraisals.getByRole('row').nth(1)).toContainText('Signed version 2');
  await expect(appraisals.getByRole('row').nth(2)).toContainText('Replaced by an amendment');
  await expect(page.getByRole('img', { name: /^Profile over time\./ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start appraisal' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit details' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Ștefan Țurcanu/ })).toBeVisible();
  await viewShot(page, '54-person-page');
  await screenshot(page, '54-person-page-full');

  await appraisals.getByRole('link', { name: /^Open the appraisal of 01\/10\/2025, version 2$/ }).click();
  await expect(page).toHaveURL(/#\/appraisals\/ap-eve-2\/document$/);
});
