/** At 150% zoom on a 1366x768 screen the appraisal still fits: nothing scrolls sideways. */
import { addPerson, completeSetup } from './appSteps';
import { chiamaka, startAppraisalFromRegister, stepHeading, viewShot } from './appraisalSteps';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 911, height: 512 }, deviceScaleFactor: 1.5 });

test('at 150% zoom the steps and the profile fit the window', async ({ page }) => {
  await completeSetup(page);
  await addPerson(page, chiamaka);
  await startAppraisalFromRegister(page, chiamaka.fullName);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  for (const step of ['Self-assessment', 'Management tasks', 'Summary and profile']) {
    await page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('link', { name: new RegExp(step) })
      .click();
    await expect(stepHeading(page, step)).toBeFocused();
    if (step === 'Self-assessment') {
      await page.getByRole('switch', { name: 'The member of staff completed a self-assessment' }).check();
    }
    expect(await overflow()).toBe(0);
  }
  await viewShot(page, 'appraisal-zoom-150-summary');
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: /Management tasks/ })
    .click();
  await page.locator('.competency-card').first().scrollIntoViewIfNeeded();
  await viewShot(page, 'appraisal-zoom-150-management');
});
