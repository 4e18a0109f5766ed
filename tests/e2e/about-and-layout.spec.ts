import { addPerson, completeSetup, screenshot } from './appSteps';
import { expect, test } from './fixtures';

const regulation18 = 'https://www.cqc.org.uk/guidance-providers/regulations/regulation-18-staffing';

test('About shows the version, data folder and runtime, and opens CQC guidance in the system browser', async ({
  page,
  harness,
}) => {
  await completeSetup(page);
  await page.getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About Care Appraisals' })).toBeVisible();
  await expect(page.getByRole('definition').first()).toHaveText('0.1.0');
  await expect(page.getByText('Browser (test and demonstration version)')).toBeVisible();
  await expect(page.locator('code.path')).toContainText(harness.session);
  await screenshot(page, '09-about');

  const before = page.url();
  await page.getByRole('link', { name: "Read CQC's guidance on Regulation 18: Staffing" }).click();
  await expect.poll(() => harness.openedLinks()).toEqual([regulation18]);
  expect(page.url()).toBe(before);
  expect(page.context().pages()).toHaveLength(1);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await completeSetup(page);
  await page.getByRole('link', { name: 'About' }).click();
  // The new screen's heading takes focus; wait for that so it cannot pull focus mid-walk.
  await expect(page.getByRole('heading', { level: 1, name: 'About Care Appraisals' })).toBeFocused();
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  // Back through the navigation (its length grows with the app) to the first stop on the page.
  for (
    let presses = 0;
    presses < 12 && !(await skip.evaluate((el) => el === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  expect(page.url()).toMatch(/#\/about$/);
});

test.describe('at 150% zoom', () => {
  // 150% zoom of a 1366x768 screen: the page lays out in 911x512 CSS pixels.
  test.use({ viewport: { width: 911, height: 512 }, deviceScaleFactor: 1.5 });

  test('the register fits the window; only the table scrolls sideways', async ({ page }) => {
    await completeSetup(page);
    await addPerson(page, {
      fullName: 'Chiamaka Okonkwo-Ìbèkwè',
      preferredName: 'Chi',
      role: 'Registered nurse',
      team: 'Nights',
      startDate: '2023-05-15',
    });
    await addPerson(page, {
      fullName: 'Ștefan Țurcanu',
      role: 'Team leader',
      team: 'Rose Unit',
      startDate: '2019-02-11',
      lineManager: 'Chiamaka Okonkwo-Ìbèkwè (Chi)',
    });
    const pageOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(pageOverflow).toBe(0);
    await screenshot(page, '10-register-zoom-150');

    await page.getByRole('link', { name: 'Add a member of staff' }).click();
    await page.getByRole('button', { name: 'Add to register' }).click();
    const formOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(formOverflow).toBe(0);
    await screenshot(page, '11-add-form-zoom-150');
  });
});
