/**
 * The dashboard as the home screen: its numbers for a seeded home on 12 March 2026, the list
 * behind each number, drafts, development needs and the team profile's filter.
 */
import { completeSetup, screenshot } from './appSteps';
import { viewShot } from './appraisalSteps';
import { fixedNow, seedHome, seedManyPeople } from './dashboardSteps';
import { expect, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(fixedNow);
  await completeSetup(page);
  await seedHome(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

function tile(page: import('@playwright/test').Page, label: string) {
  return page.getByRole('link', { name: new RegExp(`^\\d+ ${label}$`) });
}

test('the numbers count active staff only, from each one latest signed appraisal', async ({ page }) => {
  await expect(page.getByText('As of 12 March 2026')).toBeVisible();
  // 4 of 7 active people (in date 3 + due soon 1); the leaver is not counted. 57.1% shows as 57%.
  await expect(
    page.getByRole('link', { name: '57% of active staff have an in-date signed appraisal' }),
  ).toBeVisible();
  await expect(page.getByText('4 of 7 people active on the register.')).toBeVisible();
  await expect(tile(page, 'In date')).toHaveText('3In date');
  await expect(tile(page, 'Due within 30 days')).toHaveText('1Due within 30 days');
  await expect(tile(page, 'Overdue')).toHaveText('1Overdue');
  await expect(tile(page, 'Never appraised')).toHaveText('2Never appraised');

  await expect(page.getByRole('heading', { name: 'Drafts in progress (1)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Resume the appraisal of Gus Brown' })).toBeVisible();
  const needs = page.getByRole('region', { name: 'Most common development needs' });
  await expect(needs.getByRole('listitem')).toHaveCount(1);
  await expect(needs.getByRole('listitem')).toContainText('2 people');
  await viewShot(page, '50-dashboard');
  await screenshot(page, '50-dashboard-full');
});

test('each number opens the list of people behind it', async ({ page }) => {
  const list = page.getByRole('region', { name: /^(Overdue|Never appraised|Due within|In date|Everyone)/ });

  await tile(page, 'Overdue').click();
  await expect(page.getByRole('heading', { name: 'Overdue (1)' })).toBeFocused();
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list.getByRole('row', { name: /Cara Nowak/ })).toContainText('101 days overdue');
  await expect(list.getByRole('row', { name: /Cara Nowak/ })).toContainText('01/12/2025');

  await tile(page, 'Never appraised').click();
  await expect(page.getByRole('heading', { name: 'Never appraised (2)' })).toBeVisible();
  // The most pressing first: Gus (a draft only) was due a year after starting in 2022; Dev on 6 January.
  await expect(list.getByRole('rowheader')).toHaveText(['Gus Brown', 'Dev Sharma']);
  await expect(list.getByRole('row', { name: /Dev Sharma/ })).toContainText('65 days overdue');
  await expect(list.getByRole('row', { name: /Dev Sharma/ })).toContainText('Never');
  // A first due date years ago reads as a mistake unless the list says where it comes from.
  await expect(list.getByRole('columnheader', { name: 'First due' })).toBeVisible();
  await expect(list).toContainText('each first appraisal falls due counting from the person’s start date');
  await screenshot(page, '51-dashboard-never-appraised-list');

  await tile(page, 'Due within 30 days').click();
  await expect(list.getByRole('rowheader')).toHaveText(['Ben Okafor']);
  await expect(list).toContainText('In 8 days');

  await tile(page, 'In date').click();
  await expect(list.getByRole('rowheader')).toHaveText(['Ana Pereira', 'Ștefan Țurcanu', 'Hal Jones']);
  await screenshot(page, '51-dashboard-in-date-list');

  await page.getByRole('link', { name: /^57% of active staff/ }).click();
  await expect(
    page.getByRole('heading', { name: 'Everyone with an in-date signed appraisal (4)' }),
  ).toBeVisible();
  await expect(list.getByRole('rowheader')).toHaveText([
    'Ben Okafor',
    'Ana Pereira',
    'Ștefan Țurcanu',
    'Hal Jones',
  ]);

  // A name opens the person's page; Back returns to the same list.
  await list.getByRole('link', { name: 'Ben Okafor', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ben Okafor' })).toBeVisible();
  await page.goBack();
  await expect(
    page.getByRole('heading', { name: 'Everyone with an in-date signed appraisal (4)' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Close this list' }).click();
  await expect(page.getByRole('heading', { name: /Everyone with/ })).toHaveCount(0);
});

test('the team profile shows everyone, or one team', async ({ page }) => {
  const panel = page.getByRole('region', { name: 'Team profile' });
  // Everyone with a latest signed appraisal that rates both sections: Ana, Ben, Cara, Ștefan, Hal.
  await expect(panel).toContainText('the whole home: 5 people');
  await panel.getByText('Show the names and scores as a table').click();
  await expect(panel.getByRole('rowheader')).toHaveCount(5);

  await panel.getByLabel('Team', { exact: true }).selectOption('Nights');
  await expect(panel).toContainText('the Nights team: 2 people');
  await expect(panel.getByRole('rowheader')).toHaveText(['Ben Okafor', 'Cara Nowak']);
  await expect(panel.getByRole('img', { name: /Team profile for the Nights team: 2 people/ })).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await viewShot(page, '52-dashboard-team-profile');

  // The filter is kept in the address: a reload shows the same team.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Team profile' })).toContainText('the Nights team: 2 people');
});

test('a long list draws only the rows in view, and scrolling reaches the end', async ({ page }) => {
  await seedManyPeople(page, 150);
  await tile(page, 'Never appraised').click();
  await expect(page.getByRole('heading', { name: 'Never appraised (152)' })).toBeFocused();
  const list = page.getByRole('region', { name: 'Never appraised (152)' });
  // Person 150 started first (2012), so is the most overdue and comes first; Dev Sharma is last.
  await expect(list.getByRole('rowheader').first()).toHaveText('Person 150');
  expect(await list.getByRole('rowheader').count()).toBeLessThan(60);
  await expect(list.getByRole('rowheader', { name: 'Dev Sharma' })).toHaveCount(0);
  await list.locator('.table-scroll').evaluate((box) => {
    box.scrollTop = box.scrollHeight;
  });
  await expect(list.getByRole('rowheader', { name: 'Dev Sharma' })).toBeVisible();
  await viewShot(page, '55-dashboard-long-list');
  // A screen reader is told where each drawn row stands in the whole list, in order.
  const drawnRowNumbers = () =>
    list
      .locator('tbody tr[aria-rowindex]')
      .evaluateAll((rows) => rows.map((row) => Number(row.ariaRowIndex)));
  const atEnd = await drawnRowNumbers();
  expect(atEnd.at(-1)).toBe(153);
  expect(atEnd).toEqual(atEnd.map((_, i) => 153 - atEnd.length + 1 + i));
  await list.locator('.table-scroll').evaluate((box) => {
    box.scrollTop = 0;
  });
  await expect(list.getByRole('rowheader').first()).toHaveText('Person 150');
  const atTop = await drawnRowNumbers();
  expect(atTop).toEqual(atTop.map((_, i) => 2 + i));
});
