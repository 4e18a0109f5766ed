import {
  addPerson,
  completeSetup,
  expectRegisterNames,
  fillStaffForm,
  registerNames,
  screenshot,
  showEveryone,
} from './appSteps';
import { expect, test } from './fixtures';

const lucja = {
  fullName: 'Łucja Wąsowska',
  role: 'Senior care assistant',
  team: 'Rose Unit',
  startDate: '2021-09-06',
};
const stefan = {
  fullName: 'Ștefan Țurcanu',
  role: 'Team leader',
  team: 'Rose Unit',
  startDate: '2019-02-11',
};
const chiamaka = {
  fullName: 'Chiamaka Okonkwo-Ìbèkwè',
  role: 'Registered nurse',
  team: 'Nights',
  startDate: '2023-05-15',
};

test.beforeEach(async ({ page }) => {
  await completeSetup(page);
});

test('people are added, edited and marked as leavers, and kept exactly as typed after a reload', async ({
  page,
}) => {
  await addPerson(page, stefan);
  // Typed in decomposed form (letter + combining accent); kept and shown as the composed name.
  await addPerson(page, {
    ...lucja,
    fullName: lucja.fullName.normalize('NFD'),
    lineManager: stefan.fullName,
  });
  await addPerson(page, { ...chiamaka, lineManager: stefan.fullName });
  await expectRegisterNames(page, [chiamaka.fullName, lucja.fullName, stefan.fullName]);
  // At 1366x768 every column, the row buttons included, fits without scrolling sideways.
  const tableOverflow = await page
    .locator('.table-scroll')
    .evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(tableOverflow).toBe(0);
  await screenshot(page, '05-register-with-people');

  await page.getByRole('link', { name: `Edit ${lucja.fullName}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(lucja.fullName);
  await expect(page.getByLabel('Full name')).toHaveValue(lucja.fullName);
  await expect(page.getByLabel('Line manager')).toHaveValue(/.+/);
  await page.getByLabel('Preferred name').fill('Lucy');
  await page.getByLabel('Role').fill('Team leader');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toHaveText(`Saved ${lucja.fullName}`);

  await page.getByRole('button', { name: `Mark as leaver ${chiamaka.fullName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Mark ${chiamaka.fullName} as a leaver` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Leaving date')).toBeFocused();
  await screenshot(page, '05b-mark-leaver-dialog');
  await dialog.getByLabel('Leaving date').fill('2025-01-31');
  await dialog.getByRole('button', { name: 'Mark as leaver' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(`Saved ${chiamaka.fullName}: leaving date 31/01/2025`);
  // A leaver is no longer among active staff, but is kept on the register.
  await expectRegisterNames(page, [lucja.fullName, stefan.fullName]);

  await page.reload();
  await showEveryone(page);
  await expectRegisterNames(page, [chiamaka.fullName, lucja.fullName, stefan.fullName]);
  // Exact code points, not just the same look: stored and shown in composed form.
  const names = await registerNames(page);
  expect(names).toEqual([chiamaka.fullName, lucja.fullName, stefan.fullName]);
  expect(names.every((name) => name === name.normalize('NFC'))).toBe(true);
  const lucjaRow = page.getByRole('row', { name: new RegExp(lucja.fullName) });
  await expect(lucjaRow.getByRole('cell')).toHaveText([
    'Team leader',
    'Rose Unit',
    '06/09/2021',
    stefan.fullName,
    'Active',
    /Edit/,
  ]);
  await expect(lucjaRow).toContainText('Known as Lucy');
  await expect(page.getByRole('row', { name: new RegExp(chiamaka.fullName) })).toContainText(
    'Left on 31/01/2025',
  );

  await page.getByLabel('Show').selectOption({ value: 'leavers' });
  await expectRegisterNames(page, [chiamaka.fullName]);
});

test('search ignores accents and case, and filters narrow the list', async ({ page }) => {
  await addPerson(page, lucja);
  await addPerson(page, stefan);
  await addPerson(page, chiamaka);
  await addPerson(page, { fullName: 'Nguyễn Thị Hoa', role: 'Care assistant', startDate: '2024-01-08' });

  const search = page.getByRole('searchbox', { name: 'Search by name' });
  await search.fill('lucja wasowska');
  await expectRegisterNames(page, [lucja.fullName]);
  await search.fill('TURCANU');
  await expectRegisterNames(page, [stefan.fullName]);
  await search.fill('nguyen hoa');
  await expectRegisterNames(page, ['Nguyễn Thị Hoa']);
  await search.fill('ibekwe');
  await expectRegisterNames(page, [chiamaka.fullName]);

  await search.fill('nobody here');
  await expect(page.getByRole('heading', { name: 'No one matches' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(search).toHaveValue('');
  await expect(page.locator('.person-name')).toHaveCount(4);

  await page.getByLabel('Team').selectOption('Rose Unit');
  await expectRegisterNames(page, [lucja.fullName, stefan.fullName]);
  await page.getByLabel('Role').selectOption('Team leader');
  await expectRegisterNames(page, [stefan.fullName]);
});

test('bad input shows messages by each field, focuses the first, and saves nothing', async ({ page }) => {
  await page.getByRole('link', { name: 'Add a member of staff' }).click();
  await page.getByLabel('Preferred name').fill('Hoa');
  await page.getByLabel('Leaving date').fill('2020-01-01');
  await page.getByRole('button', { name: 'Add to register' }).click();

  const summary = page.getByRole('heading', { name: 'There are 3 problems' });
  await expect(summary).toBeVisible();
  const fullName = page.getByLabel('Full name');
  await expect(fullName).toBeFocused();
  await expect(fullName).toHaveAttribute('aria-invalid', 'true');
  await expect(fullName).toHaveAccessibleDescription(/Enter the person's full name\./);
  await expect(page.getByLabel('Role')).toHaveAccessibleDescription(
    /Choose a role from the list or type one\./,
  );
  await expect(page.getByLabel('Start date')).toHaveAccessibleDescription(/Enter the date they started\./);
  await screenshot(page, '06-add-form-errors');

  // Fixing the start date reveals the next rule: a leaving date cannot come before it.
  await fullName.fill('Nguyễn Thị Hoa');
  await page.getByLabel('Role').fill('Care assistant');
  await page.getByLabel('Start date').fill('2024-01-08');
  await page.getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByLabel('Leaving date')).toBeFocused();
  await expect(page.getByLabel('Leaving date')).toHaveAccessibleDescription(
    /The leaving date cannot be before the start date\./,
  );

  await page.reload();
  await page.getByRole('link', { name: 'Staff register' }).click();
  await expect(page.getByRole('heading', { name: 'No one is on the register yet' })).toBeVisible();
});

test('a probable duplicate is named, nothing is saved until the manager chooses "Save anyway"', async ({
  page,
}) => {
  await addPerson(page, { fullName: 'María José Núñez', role: 'Deputy manager', startDate: '2018-03-01' });

  await page.getByRole('link', { name: 'Add a member of staff' }).click();
  await fillStaffForm(page, { fullName: 'maria jose nunez', role: 'Chef', startDate: '2024-06-03' });
  await page.getByRole('button', { name: 'Add to register' }).click();
  const warning = page.getByRole('region', { name: 'Is this someone already on the register?' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(
    'María José Núñez has the same name: Deputy manager, started 01/03/2018, active.',
  );
  await expect(warning.getByRole('heading')).toBeFocused();
  await screenshot(page, '07-duplicate-warning');

  // "Change the name" goes back to the field; still nothing saved.
  await warning.getByRole('button', { name: 'Change the name' }).click();
  await expect(page.getByLabel('Full name')).toBeFocused();
  await page.getByRole('button', { name: 'Add to register' }).click();
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved maria jose nunez');
  await page.reload();
  await expectRegisterNames(page, ['maria jose nunez', 'María José Núñez']);
});

test('someone with no appraisals can be deleted after a confirmation naming them; Escape cancels', async ({
  page,
}) => {
  await addPerson(page, stefan);
  await addPerson(page, { ...lucja, lineManager: stefan.fullName });

  const deleteButton = page.getByRole('button', { name: `Delete ${stefan.fullName}` });
  await deleteButton.click();
  const dialog = page.getByRole('dialog', { name: `Delete ${stefan.fullName}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`This removes ${stefan.fullName} from the staff register for good.`);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await screenshot(page, '08-delete-dialog');

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(deleteButton).toBeFocused();
  await expectRegisterNames(page, [lucja.fullName, stefan.fullName]);

  await deleteButton.click();
  await dialog.getByRole('button', { name: `Delete ${stefan.fullName}` }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(`Deleted ${stefan.fullName} from the staff register`);
  await page.reload();
  await showEveryone(page);
  await expectRegisterNames(page, [lucja.fullName]);
  // Whoever they managed is left with no line manager rather than a dangling link.
  await expect(
    page
      .getByRole('row', { name: new RegExp(lucja.fullName) })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('–');
});

test('a person can be added with the keyboard alone', async ({ page }) => {
  // The register's heading has focus when the screen opens; the next stop is the add button.
  await expect(page.getByRole('heading', { level: 1, name: 'Staff register' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Add a member of staff' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a member of staff' })).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Full name')).toBeFocused();
  await page.keyboard.type('Nguyễn Thị Hoa');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hoa');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Role')).toBeFocused();
  await page.keyboard.type('Care assistant');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Team or unit')).toBeFocused();
  await page.keyboard.type('Nights');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Start date')).toBeFocused();
  // Day and month are equal so the test holds whichever order the browser's locale asks for.
  await page.keyboard.type('05052024');
  await expect(page.getByLabel('Start date')).toHaveValue('2024-05-05');
  await page.getByLabel('Start date').press('Enter');

  await expect(page.getByRole('status')).toHaveText('Saved Nguyễn Thị Hoa');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff register' })).toBeFocused();
  const row = page.getByRole('row', { name: /Nguyễn Thị Hoa/ });
  await expect(row).toContainText('Known as Hoa');
  await expect(row).toContainText('05/05/2024');
});

test('the native menu reaches every screen', async ({ page, harness }) => {
  const screens = [
    ['staff-new', 'Add a member of staff'],
    ['settings', 'Care home settings'],
    ['backups', 'Backups'],
    ['about', 'About Care Appraisals'],
    ['dashboard', 'Dashboard'],
    ['appraisals', 'Appraisals'],
    ['records', 'Records'],
    ['audits', 'Audits and retention'],
    ['framework', 'Framework'],
    ['staff', 'Staff register'],
  ] as const;
  for (const [to, heading] of screens) {
    await harness.emit('menu:navigate', { to });
    await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
  }
});
