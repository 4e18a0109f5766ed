import type { Page } from '@playwright/test';
import { builtInFramework } from '../../shared/framework/builtin/builtInFramework';
import { serializeFramework } from '../../shared/framework/frameworkJson';
import { completeSetup, screenshot } from './appSteps';
import { expect, test } from './fixtures';

const firstTitle = builtInFramework.sections[0].competencies[0]?.title ?? '';
const newTitle = 'Planning shifts and rotas at Rosewood';
const newDescriptor =
  'Organises their own shift when the nurse in charge prompts them, such as who needs help first.';
const copyName = 'Rosewood House framework';
const exportName = 'framework-rosewood-house-framework-v1.json';

test.beforeEach(async ({ page }) => {
  await completeSetup(page);
  await openFrameworkPage(page);
});

/** What the window shows (1366x768), for screens whose bar stays at the bottom of the window. */
async function windowShot(page: Page, name: string): Promise<void> {
  await screenshot(page, name, { fullPage: false });
}

async function openFrameworkPage(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Framework' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Framework' })).toBeVisible();
}

function versionRows(page: Page) {
  return page.locator('.fw-versions tbody tr');
}

async function chooseFrameworkFile(page: Page, name: string, text: string | Buffer): Promise<void> {
  await page.locator('#framework-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
  });
}

/** The editor's fields for the one competency that is open. */
function competencyField(page: Page, label: string) {
  return page.locator('.fw-edit-fields').getByLabel(label, { exact: true });
}

test('copy the built-in framework, edit it, publish it, export it and import the file back', async ({
  page,
  harness,
}) => {
  await expect(page.locator('.lead')).toContainText(
    'New appraisals use Care Appraisals core framework, version 1, built into Care Appraisals.',
  );
  await expect(versionRows(page)).toHaveCount(1);
  await screenshot(page, 'fw-01-framework-page');
  await page.getByRole('heading', { level: 3, name: firstTitle }).click();
  await expect(
    page.getByText(builtInFramework.sections[0].competencies[0]?.descriptors[4] ?? ''),
  ).toBeVisible();
  await screenshot(page, 'fw-02-competency-open');

  await page.getByRole('button', { name: 'Make a copy to edit' }).click();
  const copyDialog = page.getByRole('dialog', { name: 'Make a copy to edit' });
  await expect(copyDialog.getByLabel('Name of your framework')).toHaveValue(copyName);
  await expect(copyDialog.getByLabel('Name of your framework')).toBeFocused();
  await screenshot(page, 'fw-03-copy-dialog');
  await copyDialog.getByRole('button', { name: 'Make a copy' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit draft ${copyName}, version 1`);
  await expect(page.locator('.notice--success')).toContainText(`Made a draft copy: ${copyName}, version 1.`);
  await screenshot(page, 'fw-04-editor');

  // Open the first management competency and change its title and a level descriptor.
  await page.getByRole('heading', { level: 3, name: firstTitle }).click();
  await competencyField(page, 'Title').fill(newTitle);
  await competencyField(page, '2 Developing').fill(newDescriptor);
  await windowShot(page, 'fw-04b-editor-window');
  // Reordering keeps focus on the button pressed, so the keyboard can keep moving it.
  await page.getByRole('button', { name: `Move down ${newTitle}` }).click();
  await expect(page.getByRole('button', { name: `Move down ${newTitle}` })).toBeFocused();
  await expect(page.locator('.fw-competency__title').nth(1)).toContainText(`2. ${newTitle}`);
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: `Move up ${newTitle}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.fw-competency__title').first()).toContainText(`1. ${newTitle}`);

  // An empty descriptor is refused with a message saying where; the typed text stays.
  await competencyField(page, '4 Exemplary').fill('');
  await page.getByRole('button', { name: 'Save draft' }).click();
  const problems = page.getByRole('heading', { name: 'There is a problem' });
  await expect(problems).toBeFocused();
  const problem = `Section "Management tasks", competency 1 ("${newTitle}"): the descriptor for level 4 (Exemplary) is empty.`;
  await expect(page.locator('.error-summary')).toContainText(problem);
  await expect(competencyField(page, '4 Exemplary')).toHaveAccessibleDescription(
    /The descriptor for level 4 \(Exemplary\) is empty\./,
  );
  await expect(competencyField(page, 'Title')).toHaveValue(newTitle);
  await screenshot(page, 'fw-05-editor-problems');
  await windowShot(page, 'fw-05b-editor-problems-window');

  // Nothing was saved, but nothing typed is lost either: it is back after a reload.
  await page.reload();
  await page.getByRole('link', { name: 'Back to the framework' }).click();
  await expect(page.locator('.fw-restored')).toHaveText(
    'This draft has changes that are not saved yet. Choose "Edit draft" to see and save them.',
  );
  await page.getByRole('link', { name: 'Edit draft' }).click();
  await expect(page.locator('.fw-restored')).toContainText(
    'Your changes that were not saved last time are back',
  );
  await page.getByRole('heading', { level: 3, name: newTitle }).click();
  await expect(competencyField(page, '2 Developing')).toHaveValue(newDescriptor);
  await competencyField(page, '4 Exemplary').fill('Shapes how the whole home plans its shifts and rotas.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('.fw-editor-bar__state')).toHaveText(/^Saved at \d\d:\d\d$/);
  await expect(page.locator('.fw-restored')).toHaveCount(0);

  await page.getByRole('link', { name: 'Back to the framework' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Version 1 ${copyName}`);
  await page.getByRole('button', { name: 'Publish' }).click();
  const publishDialog = page.getByRole('dialog', { name: `Publish ${copyName}, version 1?` });
  await expect(publishDialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await screenshot(page, 'fw-06-publish-dialog');
  await publishDialog.getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('.notice--success')).toHaveText(
    `Published ${copyName}, version 1. New appraisals will use it.`,
  );
  await expect(page.locator('.fw-facts')).toContainText('In use for new appraisals');
  await screenshot(page, 'fw-07-version-published');

  await harness.scriptSaveDialog('save');
  await page.getByRole('button', { name: 'Export as a JSON file' }).click();
  await expect(page.locator('.notice--success')).toHaveText(`Exported version 1 as ${exportName}`);
  const saved = (await harness.savedFiles()).find((file) => file.name === exportName);
  expect(saved).toBeDefined();
  const exported = JSON.parse(saved?.text ?? '{}') as typeof builtInFramework;
  expect(exported.frameworkId).toBe('rosewood-house-framework');
  expect(exported.sections[0].competencies[0]?.title).toBe(newTitle);
  expect(exported.sections[0].competencies[0]?.descriptors[2]).toBe(newDescriptor);

  await openFrameworkPage(page);
  await expect(page.locator('.lead')).toContainText(
    `New appraisals use ${copyName}, version 1, your home's own.`,
  );
  await chooseFrameworkFile(page, exportName, saved?.text ?? '');
  await expect(page.locator('.notice--success')).toHaveText(
    `Imported "${copyName}" from ${exportName} as a new draft. Version 1 of this framework is already here, so the file was added as version 2; nothing was overwritten.`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Version 2 ${copyName}`);
  await expect(page.getByRole('heading', { level: 3, name: newTitle })).toBeVisible();

  await openFrameworkPage(page);
  await expect(versionRows(page)).toHaveCount(3);
  await expect(versionRows(page).nth(0)).toContainText('Version 2');
  await expect(versionRows(page).nth(0)).toContainText('Draft');
  await expect(versionRows(page).nth(1)).toContainText('In use for new appraisals');
  await screenshot(page, 'fw-08-versions');
});

test('a bad framework file is refused with what is wrong, and nothing changes', async ({ page }) => {
  await chooseFrameworkFile(page, 'broken.json', '{ "frameworkId": "oak-lodge", ');
  const refusal = page.locator('.fw-import .error-summary');
  await expect(refusal).toBeFocused();
  await expect(refusal).toContainText('broken.json was not imported');
  await expect(refusal).toContainText('This file is not valid JSON (unexpected end at line 1).');

  const data: unknown = JSON.parse(serializeFramework(builtInFramework));
  const competency = builtInFramework.sections[1].competencies[2];
  const missingDescriptor = JSON.stringify(data, (key, value: unknown) =>
    // Drops level 3 of the third leadership competency only.
    key === '3' && typeof value === 'string' && value === competency?.descriptors[3] ? undefined : value,
  );
  await chooseFrameworkFile(page, 'missing-level.json', missingDescriptor);
  await expect(refusal).toContainText('missing-level.json was not imported');
  await expect(refusal.locator('li')).toHaveText([
    `Section "Leadership behaviours", competency 3 ("${competency?.title ?? ''}"): the descriptor for level 3 (Effective) is missing.`,
  ]);
  await screenshot(page, 'fw-09-import-refused');

  await chooseFrameworkFile(page, 'huge.json', Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
  await expect(refusal).toContainText('This file is 5.0 MB. A framework file is never more than 5 MB');

  await page.reload();
  await expect(versionRows(page)).toHaveCount(1);
});

test('a published version is edited as a new version; drafts can be discarded and the built-in used again', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Make a copy to edit' }).click();
  await page.getByRole('dialog').getByLabel('Name of your framework').fill('Łąka Care framework');
  await page.getByRole('dialog').getByRole('button', { name: 'Make a copy' }).click();
  await page.getByRole('link', { name: 'Back to the framework' }).click();
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('.notice--success')).toContainText('New appraisals will use it.');

  // The published version is never changed: Edit starts version 2 as a draft.
  await page.getByRole('button', { name: 'Edit as version 2' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Edit draft Łąka Care framework, version 2',
  );

  // Add a competency with the keyboard only; it opens with its title field focused.
  await page.getByRole('button', { name: 'Add a competency to Leadership behaviours' }).focus();
  await page.keyboard.press('Enter');
  await expect(competencyField(page, 'Title')).toBeFocused();
  await page.keyboard.type('Leading on end-of-life care');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { name: 'There are 6 problems' })).toBeFocused();
  await competencyField(page, 'Description').fill(
    'Makes sure residents are cared for as they wish at the end of life.',
  );
  for (const [level, text] of [
    ['1 Not yet demonstrated', 'Avoids conversations about dying.'],
    ['2 Developing', 'Joins conversations about end-of-life wishes with support.'],
    ['3 Effective', "Records and follows each resident's end-of-life wishes."],
    ['4 Exemplary', 'Leads the home in end-of-life care, coaching others.'],
  ] as const) {
    await competencyField(page, level).fill(text);
  }
  await competencyField(page, 'Suggestion 1').fill(
    'Complete end-of-life care training with a local hospice.',
  );
  await page.getByText('Choose the CQC quality statements and regulations').click();
  await competencyField(page, 'Regulation 9: Person-centred care').check();
  await competencyField(page, 'Kindness, compassion and dignity').check();
  await expect(page.locator('.fw-edit-tags__chosen')).toHaveText(
    'Evidence for inspectors: Kindness, compassion and dignity; Regulation 9: Person-centred care.',
  );
  await expect(page.locator('.error-summary')).toHaveCount(0);

  // Removing a competency asks first; Cancel is the safe choice and has focus.
  const managementTitle = builtInFramework.sections[0].competencies[9]?.title ?? '';
  await page.getByRole('button', { name: `Remove ${managementTitle}` }).click();
  const removeDialog = page.getByRole('dialog', { name: `Remove "${managementTitle}"?` });
  await expect(removeDialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await windowShot(page, 'fw-10-remove-dialog');
  await removeDialog.getByRole('button', { name: 'Remove competency' }).click();
  await expect(page.getByRole('heading', { level: 3, name: managementTitle })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('.fw-editor-bar__state')).toHaveText(/^Saved at/);
  await screenshot(page, 'fw-11-editor-added');

  await page.getByRole('link', { name: 'Back to the framework' }).click();
  const added = page.locator('.fw-competency', {
    has: page.getByRole('heading', { level: 3, name: 'Leading on end-of-life care' }),
  });
  await added.getByRole('heading', { level: 3 }).click();
  await expect(added.locator('.fw-tag-group')).toHaveText([
    'CQC quality statementsKindness, compassion and dignity',
    'RegulationsRegulation 9: Person-centred care',
  ]);
  await page.getByRole('button', { name: 'Discard draft' }).click();
  const discardDialog = page.getByRole('dialog', {
    name: 'Discard the draft Łąka Care framework, version 2?',
  });
  await screenshot(page, 'fw-12-discard-dialog');
  await discardDialog.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Framework' })).toBeVisible();
  await expect(page.locator('.notice--success')).toHaveText(
    'Discarded the draft Łąka Care framework, version 2',
  );
  await expect(versionRows(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Use the built-in framework again' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Use the built-in framework' }).click();
  await expect(page.locator('.lead')).toContainText(
    'New appraisals use Care Appraisals core framework, version 1',
  );
  await expect(versionRows(page).nth(0)).toContainText('Retired');
  await screenshot(page, 'fw-13-built-in-again');
});
