/**
 * Who appraises comes from the staff register (#12): choosing someone copies their register
 * name and role, so the record, the Records filter and the document all name them the same
 * way; someone not on the register is typed in. The appraisal names its framework version.
 */
import type { Page } from '@playwright/test';
import { fromAppraisalRecord, toAppraisalRecord } from '../../renderer/db/appraisalRecord';
import type { AppraisalRecord } from '../../renderer/db/records';
import { completeAppraisal } from '../fixtures/completeAppraisal';
import { addPerson, completeSetup, openRegister, screenshot } from './appSteps';
import {
  chiamaka,
  putRecords,
  seedSignedAppraisal,
  signAndSealByTyping,
  stepHeading,
  tabTo,
  viewShot,
} from './appraisalSteps';
import { expect, test } from './fixtures';

const hoa = { fullName: 'Nguyễn Thị Hoa', role: 'Senior carer', team: 'Nights', startDate: '2021-06-01' };
const stefan = { fullName: 'Ștefan Țurcanu', role: 'Deputy manager', team: 'Days', startDate: '2020-02-03' };
/** The registered manager in Settings (see completeSetup), here also on the register. */
const maria = { fullName: 'María José Núñez', role: 'Registered manager', startDate: '2019-09-01' };
const framework = 'Care Appraisals core framework, version 1';

/** The appraisal's id, from the address of its step. */
function appraisalIdOf(page: Page): string {
  const id = /#\/appraisals\/([^/]+)\//.exec(page.url())?.[1];
  if (id === undefined) throw new Error(`Not on an appraisal step: ${page.url()}`);
  return id;
}

/**
 * Fills every step of the stored draft with the complete fixture's answers, keeping what the
 * app wrote itself (who, who appraises, the framework, the dates), then reloads.
 */
async function completeStoredDraft(page: Page, id: string): Promise<void> {
  const stored = await page.evaluate(async (id) => {
    const request = indexedDB.open('care-appraisals');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const get = db.transaction('appraisals').objectStore('appraisals').get(id);
    const record = await new Promise<unknown>((resolve, reject) => {
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(new Error(String(get.error)));
    });
    db.close();
    return record as AppraisalRecord; // the app's own record, read back as it stored it
  }, id);
  const draft = fromAppraisalRecord(stored);
  const nextYear = `${new Date().getFullYear() + 1}-09-30`;
  const answers = completeAppraisal({ previousAppraisalId: null, previousObjectives: [] });
  const complete = {
    ...draft,
    ...answers,
    id: draft.id,
    staffId: draft.staffId,
    framework: draft.framework,
    header: { ...draft.header, periodStart: '2025-11-01' },
    objectives: answers.objectives.map((objective) => ({ ...objective, targetDate: nextYear })),
    nextDueDate: draft.nextDueDate,
    currentStep: draft.currentStep,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
  };
  await putRecords(page, { appraisals: [toAppraisalRecord(complete)] });
  await page.reload();
}

test('the appraiser is chosen from the register; the record, the Records filter and the document name them as the register does', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await completeSetup(page);
  for (const person of [hoa, stefan, maria, chiamaka]) await addPerson(page, person);
  // An older record whose appraiser was typed by hand, without the accents.
  const typed = completeAppraisal({ id: 'typed-appraiser-1', status: 'signed' });
  await seedSignedAppraisal(
    page,
    { ...typed, header: { ...typed.header, appraiserName: 'stefan turcanu', appraiserRole: 'Deputy' } },
    chiamaka.fullName,
  );

  await openRegister(page);
  await page.getByRole('link', { name: `Start appraisal of ${hoa.fullName}` }).click();
  const appraiser = page.getByRole('listbox', { name: 'Appraiser' });
  // The registered manager is on the register, so she is the default, with her register role.
  await expect(appraiser).toHaveValue(/.+/);
  await expect(page.getByText('Appraiser: María José Núñez, from the staff register')).toBeVisible();
  await expect(page.getByLabel("Appraiser's role")).toHaveValue('Registered manager');
  // No one appraises themselves; the last choice is for someone not on the register.
  await expect(appraiser.getByRole('option')).toHaveText([
    'Chiamaka Okonkwo-Ìbèkwè — Registered nurse',
    'María José Núñez — Registered manager',
    'Ștefan Țurcanu — Deputy manager',
    'Someone not on the register',
  ]);

  // An accent-free search finds Ștefan and chooses him: his register name and role.
  await page.getByLabel('Find the appraiser').fill('stefan');
  await expect(page.getByText('Appraiser: Ștefan Țurcanu, from the staff register')).toBeVisible();
  await expect(page.getByLabel("Appraiser's role")).toHaveValue('Deputy manager');
  await expect(page.getByLabel("Appraiser's name")).toHaveCount(0);
  await screenshot(page, 'appraisal-00-start-appraiser-from-register');
  await page.getByRole('button', { name: 'Start the appraisal' }).click();

  // The first step and the steps list name the framework version; the appraiser is still Ștefan.
  await expect(stepHeading(page, 'About this appraisal')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Steps' })).toContainText(`Framework: ${framework}`);
  await expect(page.getByText(`This appraisal uses the framework ${framework}.`)).toBeVisible();
  await expect(page.getByText('Appraiser: Ștefan Țurcanu, from the staff register')).toBeVisible();
  await expect(page.getByLabel("Appraiser's role")).toHaveValue('Deputy manager');
  await viewShot(page, 'appraisal-01-about-appraiser-from-register');

  const id = appraisalIdOf(page);
  await completeStoredDraft(page, id);
  await page.goto(`/#/appraisals/${id}/ready`);
  await page.getByRole('button', { name: 'Go to signatures' }).click();
  await signAndSealByTyping(page, hoa.fullName, stefan.fullName);

  // The document: the register's name and role, the framework apart from the record's version.
  await expect(page.locator('.document-page__facts').first()).toHaveText(
    'Senior carer · appraised by Ștefan Țurcanu, Deputy manager',
  );
  await expect(page.getByText(`Framework: ${framework}`)).toBeVisible();
  await expect(page.getByText('Signed appraisal · version 1 of this record')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Record version' })).toBeVisible();
  await screenshot(page, 'document-appraiser-and-framework');

  // Records: one Ștefan in the appraiser filter, finding the typed record too.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).click();
  const filter = page.getByLabel('Appraiser', { exact: true });
  await expect(filter.getByRole('option')).toHaveText(['Any', 'Ștefan Țurcanu']);
  await filter.selectOption('Ștefan Țurcanu');
  const table = page.getByRole('table');
  await expect(table.getByRole('caption')).toHaveText('Showing 2 appraisals');
  await expect(table.getByRole('row', { name: new RegExp(hoa.fullName) })).toContainText('Ștefan Țurcanu');
  await screenshot(page, 'records-appraiser-filter');
});

test('someone not on the register is typed in, and a typed register name is offered from the register', async ({
  page,
}) => {
  await completeSetup(page);
  for (const person of [hoa, stefan]) await addPerson(page, person);
  await page.getByRole('link', { name: `Start appraisal of ${hoa.fullName}` }).click();
  // The registered manager is not on the register here: she is typed in, as before.
  await expect(page.getByLabel("Appraiser's name")).toHaveValue('María José Núñez');

  // With the keyboard: Tab reaches the list, the arrows choose.
  await tabTo(page, page.getByRole('listbox', { name: 'Appraiser' }));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Appraiser: Ștefan Țurcanu, from the staff register')).toBeVisible();
  await expect(page.getByLabel("Appraiser's role")).toHaveValue('Deputy manager');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Someone not on the register: enter their name and role below.')).toBeVisible();
  // Leaving a register choice clears its name and role.
  await expect(page.getByLabel("Appraiser's name")).toHaveValue('');
  await expect(page.getByLabel("Appraiser's role")).toHaveValue('');

  // A register name typed another way is offered from the register.
  await page.getByLabel("Appraiser's name").fill('Stefan Turcanu');
  await page.getByLabel("Appraiser's role").fill('Area manager');
  await expect(page.getByText('Ștefan Țurcanu (Deputy manager) is on the staff register.')).toBeVisible();
  await screenshot(
    page.getByRole('group', { name: 'The appraiser' }),
    'appraisal-00-start-appraiser-typed-on-register',
  );
  await page.getByLabel("Appraiser's name").fill('Dr Ama Mensah');
  await expect(page.getByText(/is on the staff register/)).toHaveCount(0);
  await screenshot(page, 'appraisal-00-start-appraiser-not-on-register');

  // The appraisee's own name is refused.
  await page.getByLabel("Appraiser's name").fill('nguyen thi hoa');
  await page.getByRole('button', { name: 'Start the appraisal' }).click();
  await expect(page.getByRole('link', { name: /Nguyễn Thị Hoa cannot appraise themselves/ })).toBeVisible();
  await page.getByLabel("Appraiser's name").fill('Dr Ama Mensah');
  await page.getByRole('button', { name: 'Start the appraisal' }).click();

  await expect(stepHeading(page, 'About this appraisal')).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Appraiser' })).toHaveValue('not-on-register');
  await expect(page.getByLabel("Appraiser's name")).toHaveValue('Dr Ama Mensah');
  await expect(page.getByLabel("Appraiser's role")).toHaveValue('Area manager');

  // On the step too, the offer turns a typed register name into the register's.
  await page.getByLabel("Appraiser's name").fill('stefan turcanu');
  await page.getByRole('button', { name: 'Choose Ștefan Țurcanu from the register' }).click();
  await expect(page.getByText('Appraiser: Ștefan Țurcanu, from the staff register')).toBeVisible();
  await expect(page.getByLabel("Appraiser's role")).toHaveValue('Deputy manager');
});
