/**
 * A second appraisal reviews the first one's objectives: each must be given a status before the
 * checklist is clear, and an objective becomes a new one only through "Carry forward".
 */
import { completeAppraisal } from '../fixtures/completeAppraisal';
import { addPerson, completeSetup, screenshot } from './appSteps';
import { chiamaka, seedSignedAppraisal, stepHeading, viewShot } from './appraisalSteps';
import { expect, test } from './fixtures';

const first = completeAppraisal({
  id: 'signed-appraisal-1',
  status: 'signed',
  header: {
    staffName: chiamaka.fullName,
    roleAtTime: 'Staff nurse',
    teamAtTime: 'Nights',
    appraiserName: 'María José Núñez',
    appraiserRole: 'Registered manager',
    periodStart: '2024-05-15',
    periodEnd: '2025-05-20',
    meetingDate: '2025-05-20',
  },
  objectives: [
    {
      id: 'old-objective-1',
      what: 'Complete the syringe driver competency.',
      measure: 'Signed-off competency and two observed set-ups.',
      targetDate: '2025-10-31',
      support: 'Study day with the hospice team.',
      carriedFromId: null,
    },
    {
      id: 'old-objective-2',
      what: 'Mentor one new starter on nights through their Care Certificate.',
      measure: 'Care Certificate completed within 12 weeks.',
      targetDate: '2025-12-31',
      support: '',
      carriedFromId: null,
    },
  ],
  nextDueDate: '2026-05-20',
});

test('previous objectives need a status each, and only "Carry forward" makes a new objective', async ({
  page,
}) => {
  await completeSetup(page);
  await addPerson(page, chiamaka);
  // Signing is the next issue, so the first, signed appraisal is written straight into IndexedDB.
  await seedSignedAppraisal(page, first, chiamaka.fullName);

  // Start from the Appraisals page, finding the person by an accent-free search.
  await page.getByRole('link', { name: 'Appraisals', exact: true }).click();
  await page.getByRole('link', { name: 'Start an appraisal' }).click();
  await page.getByLabel('Find a member of staff').fill('ibekwe');
  await expect(page.getByRole('listbox', { name: 'Member of staff' })).toHaveValue(/.+/);
  await page.getByRole('button', { name: 'Start the appraisal' }).click();
  await expect(stepHeading(page, 'About this appraisal')).toBeVisible();
  // The review period runs on from the last appraisal's meeting.
  await expect(page.getByLabel('Review period from')).toHaveValue('2025-05-20');

  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps.getByRole('link', { name: /Previous objectives/ })).toContainText('2 missing');
  await steps.getByRole('link', { name: /Ready to sign/ }).click();
  const checklist = page.getByRole('region', { name: /still needed before signing/ });
  const firstItem = checklist.getByRole('link', {
    name: 'Give the previous objective "Complete the syringe driver competency." a status.',
  });
  await expect(firstItem).toBeVisible();
  await expect(
    checklist.getByRole('link', { name: /Give the previous objective "Mentor one new starter on nights/ }),
  ).toBeVisible();

  // The checklist link opens the step with that objective in focus.
  await firstItem.click();
  await expect(stepHeading(page, 'Previous objectives')).toBeVisible();
  const card1 = page.getByRole('region', { name: 'Previous objective 1' });
  const card2 = page.getByRole('region', { name: 'Previous objective 2' });
  await expect(card1).toBeFocused();
  await expect(card1).toContainText('Signed-off competency and two observed set-ups.');
  await viewShot(page, 'appraisal-05-previous-objectives-to-review');

  // A status is only a status: nothing is copied.
  await card1.getByRole('radio', { name: 'Met', exact: true }).check();
  await card1.getByLabel('Comment').fill('Signed off in September.');
  await steps.getByRole('link', { name: /New objectives/ }).click();
  await expect(page.getByRole('region', { name: /^New objective/ })).toHaveCount(0);

  // Carry forward is explicit, creates the new objective, and can be undone while untouched.
  await steps.getByRole('link', { name: /Previous objectives/ }).click();
  await expect(steps.getByRole('link', { name: /Previous objectives/ })).toContainText('1 missing');
  await card2.getByRole('button', { name: 'Carry forward as a new objective' }).click();
  await expect(card2).toContainText('Status: carried forward. It is new objective 1');
  await expect(steps.getByRole('link', { name: /Previous objectives/ })).toContainText('Complete');
  await viewShot(page, 'appraisal-05b-carried-forward');
  await card2.getByRole('button', { name: 'Undo carry forward' }).click();
  await expect(card2.getByRole('button', { name: 'Carry forward as a new objective' })).toBeVisible();
  await expect(steps.getByRole('link', { name: /Previous objectives/ })).toContainText('1 missing');
  await card2.getByRole('button', { name: 'Carry forward as a new objective' }).click();
  await card2.getByRole('button', { name: 'Go to new objective 1' }).click();

  await expect(stepHeading(page, 'New objectives')).toBeVisible();
  const copy = page.getByRole('region', { name: 'New objective 1' });
  await expect(copy).toBeFocused();
  await expect(copy).toContainText('Carried forward from the last appraisal');
  await expect(copy.getByLabel('What is the objective?')).toHaveValue(
    'Mentor one new starter on nights through their Care Certificate.',
  );
  // A new target date has to be agreed.
  await expect(copy.getByLabel('Target date')).toHaveValue('');
  await expect(copy).toContainText('Set a target date.');
  await viewShot(page, 'appraisal-06b-carried-objective');

  // Now the checklist has nothing left about previous objectives.
  await steps.getByRole('link', { name: /Ready to sign/ }).click();
  await expect(page.getByRole('heading', { level: 4, name: 'Previous objectives' })).toHaveCount(0);
  await expect(checklist.getByRole('link', { name: /New objective 1: set a target date/ })).toBeVisible();

  // Once the copy has its new date, the previous objective stops asking for one and names it.
  await steps.getByRole('link', { name: /New objectives/ }).click();
  await copy.getByLabel('Target date').fill('2027-03-31');
  await steps.getByRole('link', { name: /Previous objectives/ }).click();
  await expect(card2).toContainText('It is new objective 1, with the new target date 31/03/2027.');
  await expect(card2).not.toContainText('agree a new target date');
  await screenshot(card2, 'appraisal-05c-carried-forward-dated');

  // A few ratings and their own view, so the profile has all three kinds of point.
  await steps.getByRole('link', { name: /Self-assessment/ }).click();
  await page.getByRole('switch', { name: 'The member of staff completed a self-assessment' }).check();
  const selfRows = page.locator('.self-row');
  await selfRows.nth(0).getByRole('radio', { name: '3 Effective' }).check();
  await selfRows.nth(10).getByRole('radio', { name: '4 Exemplary' }).check();
  for (const [section, level] of [
    [/Management tasks/, '3 Effective'],
    [/Leadership behaviours/, '2 Developing'],
  ] as const) {
    await steps.getByRole('link', { name: section }).click();
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeFocused();
    for (const index of [0, 1, 2]) {
      await page.locator('.competency-card').nth(index).getByRole('radio', { name: level }).check();
    }
  }

  // The profile shows the first appraisal as an earlier point, joined to this one.
  await steps.getByRole('link', { name: /Summary and profile/ }).click();
  await expect(page.getByText('Management 3.00 · Leadership 2.00 — Manager', { exact: true })).toBeVisible();
  await expect(
    page.getByText('Their view: Management 3.00 · Leadership 4.00 — Manager and leader'),
  ).toBeVisible();
  await expect(page.getByText('20/05/2025: Management')).toBeVisible();
  await expect(page.getByRole('img', { name: /Appraisal of 20\/05\/2025: management/ })).toBeVisible();
  await screenshot(page.locator('.profile-summary'), 'appraisal-profile-chart-history');
});
