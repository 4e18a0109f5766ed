/**
 * The development plan and objectives are the manager's to shape: suggestions are accepted,
 * edited first or dismissed (and offered again), free entries are added, and removing an entry
 * with text in it asks first. Nothing blocks moving on; the checklist links to each gap.
 */
import { addPerson, completeSetup } from './appSteps';
import { chiamaka, startAppraisalFromRegister, stepHeading, viewShot } from './appraisalSteps';
import { expect, test } from './fixtures';

test('suggestions are accepted, edited, dismissed; entries with text are removed only after asking', async ({
  page,
}) => {
  await completeSetup(page);
  await addPerson(page, chiamaka);
  await startAppraisalFromRegister(page, chiamaka.fullName);
  const steps = page.getByRole('navigation', { name: 'Steps' });

  // Two low management ratings and one leadership rating give suggestions in both groups.
  await steps.getByRole('link', { name: /Management tasks/ }).click();
  const cards = page.locator('.competency-card');
  await cards.nth(0).getByRole('radio', { name: '2 Developing' }).check();
  await cards.nth(1).getByRole('radio', { name: '1 Not yet demonstrated' }).check();
  // Level 1 needs evidence: the card says so.
  await expect(cards.nth(1)).toContainText('Still to do: Add evidence for the level 1');
  await steps.getByRole('link', { name: /Leadership behaviours/ }).click();
  await expect(stepHeading(page, 'Leadership behaviours')).toBeFocused();
  await page.locator('.competency-card').nth(0).getByRole('radio', { name: '2 Developing' }).check();

  await steps.getByRole('link', { name: /Development plan/ }).click();
  await expect(stepHeading(page, 'Development plan')).toBeFocused();
  await expect(page.getByRole('heading', { level: 4, name: 'Leadership', exact: true })).toBeVisible();
  await viewShot(page, 'appraisal-07c-development-suggestions');

  // Dismiss one, then change our mind.
  const topic = 'Implementing processes and care documentation';
  await page.getByRole('button', { name: `Dismiss the suggestion for ${topic}` }).click();
  await expect(
    page.getByRole('button', { name: `Accept the suggestion for ${topic}`, exact: true }),
  ).toHaveCount(0);
  await page.getByRole('button', { name: `Offer again the suggestion for ${topic}` }).click();
  await expect(
    page.getByRole('button', { name: `Accept the suggestion for ${topic}`, exact: true }),
  ).toBeVisible();

  // Edit, then accept: the plan item has the manager's words.
  await page.getByRole('button', { name: `Edit, then accept the suggestion for ${topic}` }).click();
  const edit = page.getByLabel('Action, in your words');
  await expect(edit).toBeFocused();
  await edit.fill('Rewrite three daily notes with Ștefan, saying how each resident was.');
  await page.getByRole('button', { name: 'Add to the plan' }).click();
  const item1 = page.getByRole('region', { name: 'Action 1' });
  await expect(item1.getByLabel('Action', { exact: true })).toHaveValue(
    'Rewrite three daily notes with Ștefan, saying how each resident was.',
  );
  await expect(item1).toContainText(`From: ${topic}`);

  // A free entry, then removed after the question.
  await page.getByRole('button', { name: 'Add your own action' }).click();
  const item2 = page.getByRole('region', { name: 'Action 2' });
  await expect(item2.getByLabel('Area')).toBeFocused();
  await item2.getByLabel('Action', { exact: true }).fill('Visit the hospice team for a day.');
  await item2.getByRole('button', { name: 'Remove action 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove action 2?' });
  await expect(dialog).toContainText('“Visit the hospice team for a day.” will be removed');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Remove action' }).click();
  await expect(page.getByRole('region', { name: 'Action 2' })).toHaveCount(0);
  await expect(steps.getByRole('link', { name: /Development plan/ })).toContainText('Complete');

  // An empty objective goes without asking; one with text asks first.
  await steps.getByRole('link', { name: /New objectives/ }).click();
  await page.getByRole('button', { name: 'Add an objective' }).click();
  await page.getByRole('button', { name: 'Remove new objective 1' }).click();
  await expect(page.getByRole('region', { name: 'New objective 1' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add an objective' }).click();
  await page.getByLabel('What is the objective?').fill('Run the night handover twice a week.');
  // A past target date is a warning, never a block.
  await page.getByLabel('Target date').fill('2020-02-02');
  await expect(page.getByText('The target date 02/02/2020 has already passed.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'New objective 1' })).toContainText(
    'Say how progress will be measured.',
  );
  await viewShot(page, 'appraisal-06c-objective-warning');
  await page.getByRole('button', { name: 'Remove new objective 1' }).click();
  await page
    .getByRole('dialog', { name: 'Remove new objective 1?' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await expect(page.getByRole('region', { name: 'New objective 1' })).toBeVisible();

  // The checklist link for a level-1 rating lands on that card.
  await steps.getByRole('link', { name: /Ready to sign/ }).click();
  await page
    .getByRole('link', { name: /Add evidence for the level 1 \(Not yet demonstrated\) rating of/ })
    .click();
  await expect(stepHeading(page, 'Management tasks')).toBeVisible();
  await expect(page.locator('.competency-card').nth(1)).toBeFocused();
});

test('words typed straight after adding an objective go into it, however quickly they come', async ({
  page,
}) => {
  await completeSetup(page);
  await addPerson(page, chiamaka);
  await startAppraisalFromRegister(page, chiamaka.fullName);
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: /New objectives/ })
    .click();
  await page.getByRole('button', { name: 'Add an objective' }).focus();

  // A busy office PC, where the next frame comes late: Enter on the button, then typing at once.
  // Before, the new objective was focused on the next frame, so the first keys reached the
  // button and were lost, and a space pressed it again.
  await page.evaluate(() => {
    const late = (callback: FrameRequestCallback) =>
      window.setTimeout(() => callback(performance.now()), 500);
    window.requestAnimationFrame = late;
  });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Lead the night handover twice a week.');

  await expect(page.getByLabel('What is the objective?')).toHaveValue(
    'Lead the night handover twice a week.',
  );
  await expect(page.getByRole('region', { name: /^New objective/ })).toHaveCount(1);
});
