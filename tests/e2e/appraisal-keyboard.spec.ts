/**
 * A whole appraisal with the keyboard alone (Tab, Shift+Tab, arrows, Space, Enter, typing), from
 * the staff register's Start appraisal button to an empty ready-to-sign checklist, with a
 * 1366x768 screenshot of every step (SCREENSHOTS=1). How long the walk takes is measured by
 * tests/bench/keyboardBench.ts, not here.
 */
import type { Page } from '@playwright/test';
import { addPerson, completeSetup, screenshot } from './appSteps';
import { chiamaka, expectSaved, stepHeading, tabTo, viewShot } from './appraisalSteps';
import { expect, test } from './fixtures';

type Choice = 1 | 2 | 3 | 4 | 'n/a';
const management: Choice[] = [3, 3, 2, 3, 4, 3, 3, 2, 3, 'n/a'];
const leadership: Choice[] = [2, 3, 2, 2, 3, 2, 1, 3, 2, 2];

async function shot(page: Page, name: string, element?: string) {
  if (element === undefined) await viewShot(page, name);
  else await screenshot(page.locator(element), name);
}

/** Next, then a screenshot of the new step as it opens (top of the step, heading focused). */
async function next(page: Page, title: string, shotName: string) {
  await tabTo(page, page.getByRole('button', { name: /^Next:/ }));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, title)).toBeFocused();
  await shot(page, shotName);
}

/** Tab is on the first level of an unrated competency: choose, then write evidence. */
async function rate(page: Page, choice: Choice, evidence: string) {
  if (choice === 'n/a') {
    await page.keyboard.press('ArrowUp'); // from level 1, wraps round to "Not applicable"
    await page.keyboard.press('Tab');
    await page.keyboard.type('Works nights only; digital rostering is run by the day team.');
  } else if (choice === 1) {
    await page.keyboard.press('Space');
  } else {
    for (let i = 1; i < choice; i += 1) await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Tab');
  await page.keyboard.type(evidence);
  await page.keyboard.press('Tab');
}

async function rateSection(page: Page, choices: readonly Choice[], firstLevel: string, shotName?: string) {
  await tabTo(page, page.getByRole('radio', { name: firstLevel }).first());
  if (shotName !== undefined) {
    await page.keyboard.press('ArrowDown'); // a chosen, focused level for the screenshot; ArrowUp returns to level 1
    await shot(page, shotName);
    await page.keyboard.press('ArrowUp');
  }
  for (const [index, choice] of choices.entries()) {
    await rate(page, choice, `Seen on shift ${index + 1}: handled well, with examples from supervision.`);
  }
}

test('a whole appraisal can be completed with the keyboard alone', async ({ page }) => {
  // Hundreds of key presses: about 80 s on a quiet 2-core machine, far longer under load.
  test.setTimeout(600_000);
  await completeSetup(page);
  await addPerson(page, chiamaka);

  await expect(page.getByRole('heading', { level: 1, name: 'Staff register' })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: `Start appraisal of ${chiamaka.fullName}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Start an appraisal' })).toBeFocused();
  // Arriving from the register, the person is already chosen and the appraiser is the registered manager.
  await expect(page.getByRole('listbox', { name: 'Member of staff' })).toHaveValue(/.+/);
  // She is not on the register in this home, so she is the typed choice.
  await expect(page.getByRole('listbox', { name: 'Appraiser' })).toHaveValue('not-on-register');
  await expect(page.getByLabel("Appraiser's name")).toHaveValue('María José Núñez');
  await shot(page, 'appraisal-00-start');
  await tabTo(page, page.getByRole('button', { name: 'Start the appraisal' }));
  await page.keyboard.press('Enter');

  // 1. About this appraisal: a first appraisal has no start to its review period yet.
  await expect(stepHeading(page, 'About this appraisal')).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('link')).toHaveCount(11);
  await tabTo(page, page.getByLabel('Review period from'));
  await page.keyboard.type('05052025'); // day = month, so any date order reads the same
  await expect(page.getByLabel('Review period from')).toHaveValue('2025-05-05');
  await shot(page, 'appraisal-01-about');
  await next(page, 'Self-assessment', 'appraisal-02-self-assessment');

  // 2. Self-assessment: switched on, two of their own levels.
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('switch', { name: 'The member of staff completed a self-assessment' }),
  ).toBeFocused();
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('radio', { name: 'Not given' }).first());
  await page.keyboard.press('ArrowRight'); // wraps round to 1
  await page.keyboard.press('ArrowRight'); // 2 Developing
  await page.keyboard.press('Tab');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight'); // 3 Effective
  await shot(page, 'appraisal-02b-self-assessment-filled');
  await next(page, 'Management tasks', 'appraisal-03-management');

  // 3 and 4. Ratings, with the descriptors in each option and their own view alongside.
  await expect(page.getByText('Their view: 2 Not yet demonstrated')).toHaveCount(0);
  await expect(page.getByText(/^Their view:/).first()).toHaveText('Their view: 2 Developing');
  await rateSection(page, management, '1 Not yet demonstrated', 'appraisal-03b-management-focus');
  await expect(page.getByText('10 of 10 rated or marked not applicable.')).toBeVisible();
  await next(page, 'Leadership behaviours', 'appraisal-04-leadership');
  await rateSection(page, leadership, '1 Not yet demonstrated');
  await shot(page, 'appraisal-04b-leadership-filled');
  await next(page, 'Previous objectives', 'appraisal-05-previous-objectives');

  // 5. No earlier signed appraisal, so nothing to review.
  await expect(page.getByRole('heading', { name: 'No previous objectives to review' })).toBeVisible();
  await next(page, 'New objectives', 'appraisal-06-objectives');

  // 6. One SMART objective.
  await tabTo(page, page.getByRole('button', { name: 'Add an objective' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('What is the objective?')).toBeFocused();
  await page.keyboard.type('Lead the night handover on Rose Unit twice a week.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Handover sheets complete; feedback from the day team at supervision.');
  await page.keyboard.press('Tab');
  const targetYear = new Date().getFullYear() + 1;
  await page.keyboard.type(`0303${targetYear}`);
  await expect(page.getByLabel('Target date')).toHaveValue(`${targetYear}-03-03`);
  // Chromium's date field has its own calendar button between the date and the next field.
  await tabTo(page, page.getByLabel('Support needed'));
  await page.keyboard.type('Shadow the deputy for two handovers first.');
  await shot(page, 'appraisal-06b-objectives-filled');
  await next(page, 'Development plan', 'appraisal-07-development');

  // 7. Accept the first suggestion drawn from the lowest ratings.
  await tabTo(page, page.getByRole('button', { name: /^Accept the suggestion for/ }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Action', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Coaching skills half-day; cover for one night shift.');
  await shot(page, 'appraisal-07b-development-filled');
  await next(page, 'Wellbeing and support', 'appraisal-08-wellbeing');

  // 8 to 10. Wellbeing, summary and the appraisee's comments.
  await tabTo(page, page.getByLabel('What you discussed'));
  await page.keyboard.type('Settled on nights; would like daytime training options.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Training booked on days, with a rest night before.');
  await shot(page, 'appraisal-08b-wellbeing-filled');
  await next(page, 'Summary and profile', 'appraisal-09-summary');
  await tabTo(page, page.getByLabel('Overall comments'));
  await page.keyboard.type('A calm, reliable nurse who is ready to lead more of the shift.');
  await expect(page.getByText(/^Management 2\.\d\d · Leadership 2\.\d\d — /)).toBeVisible();
  await shot(page, 'appraisal-profile-chart', '.profile-summary');
  await shot(page, 'appraisal-09b-summary-filled');
  await next(page, "Appraisee's comments", 'appraisal-10-appraisee-comments');
  await tabTo(page, page.getByLabel(`${chiamaka.fullName}'s comments`));
  await page.keyboard.type('I would like more time for the handover training.');
  await shot(page, 'appraisal-10b-appraisee-comments-filled');
  await next(page, 'Ready to sign', 'appraisal-11-ready');

  // 11. Nothing missing.
  await expect(
    page.getByRole('heading', { name: 'Everything is complete. Signing comes next.' }),
  ).toBeVisible();
  await expectSaved(page);
  await shot(page, 'appraisal-11b-ready-complete');
  await expect(page.getByRole('link', { name: /Ready to sign/ })).toContainText('Ready');
});
