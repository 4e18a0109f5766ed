/** Drafts: one per person (a second start offers the first), and discarding asks first. */
import { addPerson, completeSetup } from './appSteps';
import { chiamaka, expectSaved, startAppraisalFromRegister, stepHeading, viewShot } from './appraisalSteps';
import { expect, test } from './fixtures';

const lucja = {
  fullName: 'Łucja Wąsowska',
  role: 'Senior care assistant',
  team: 'Rose Unit',
  startDate: '2021-09-06',
};

test('a second appraisal for the same person is not started; the one in progress is offered', async ({
  page,
}) => {
  await completeSetup(page);
  await addPerson(page, chiamaka);
  await addPerson(page, lucja);
  await startAppraisalFromRegister(page, chiamaka.fullName);
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: /Wellbeing and support/ })
    .click();
  await page.getByLabel('What you discussed').fill('Feeling settled.');
  await expectSaved(page);

  await page.getByRole('link', { name: 'Staff register' }).click();
  await page.getByRole('link', { name: `Start appraisal of ${chiamaka.fullName}` }).click();
  const panel = page.getByRole('region', {
    name: `${chiamaka.fullName} already has an appraisal in progress`,
  });
  await expect(panel).toContainText('left at “Wellbeing and support”');
  await expect(page.getByRole('button', { name: 'Start the appraisal' })).toHaveCount(0);
  await viewShot(page, 'appraisal-start-existing-draft');

  // Choosing someone else offers Start again.
  await page.getByLabel('Find a member of staff').fill('lucja');
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start the appraisal' })).toBeVisible();
  await page.getByLabel('Find a member of staff').fill('chiamaka');
  await panel.getByRole('link', { name: `Resume the appraisal of ${chiamaka.fullName}` }).click();
  await expect(stepHeading(page, 'Wellbeing and support')).toBeVisible();
  await expect(page.getByLabel('What you discussed')).toHaveValue('Feeling settled.');

  await page.getByRole('link', { name: 'Appraisals', exact: true }).click();
  await expect(page.getByRole('row', { name: new RegExp(chiamaka.fullName) })).toHaveCount(1);
});

test('a draft is discarded only after a confirmation naming the person; Escape cancels', async ({ page }) => {
  await completeSetup(page);
  await addPerson(page, chiamaka);
  await startAppraisalFromRegister(page, chiamaka.fullName);
  await expectSaved(page);
  await page.getByRole('link', { name: 'Appraisals', exact: true }).click();

  const discard = page.getByRole('button', { name: `Discard the draft of ${chiamaka.fullName}` });
  await discard.click();
  const dialog = page.getByRole('dialog', { name: `Discard the draft appraisal of ${chiamaka.fullName}?` });
  await expect(dialog).toContainText('deleted for good. This cannot be undone.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await viewShot(page, 'appraisal-discard-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(discard).toBeFocused();

  await discard.click();
  await dialog.getByRole('button', { name: 'Discard the draft' }).click();
  await expect(page.getByRole('status').first()).toHaveText(
    `Discarded the draft appraisal of ${chiamaka.fullName}`,
  );
  await expect(page.getByText('No appraisals are in progress.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No appraisals are in progress.')).toBeVisible();
  // A new one can be started straight away.
  await startAppraisalFromRegister(page, chiamaka.fullName);
});
