/**
 * Signing through the app: the appraisee draws, the appraiser types, the record is sealed and
 * shown with its integrity check and PDF; print and save a copy; the locked record cannot be
 * edited; an empty drawing is refused; removing the signature makes the draft editable again.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { completeAppraisal } from '../fixtures/completeAppraisal';
import { addPerson, completeSetup, screenshot } from './appSteps';
import { drawSignature, seedAppraisal, signByTyping, stepHeading, viewShot } from './appraisalSteps';
import { expect, test } from './fixtures';

const hoa = { fullName: 'Nguyễn Thị Hoa', role: 'Senior carer', team: 'Nights', startDate: '2021-06-01' };
const appraiser = 'Łucja Wąsowska';
const id = 'appraisal-complete-1';

/** A complete draft for Hoa, opened at the Ready step. */
async function completeDraftReady(page: Page): Promise<void> {
  await completeSetup(page);
  await addPerson(page, hoa);
  await seedAppraisal(page, completeAppraisal(), hoa.fullName);
  await page.goto(`/#/appraisals/${id}/ready`);
  await expect(stepHeading(page, 'Ready to sign')).toBeVisible();
}

function pdfText(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'signing-e2e-')), 'document.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

test('the appraisee draws, the appraiser types, the record is sealed, checked, printed and saved', async ({
  page,
  harness,
}) => {
  await completeDraftReady(page);
  await page.getByRole('button', { name: 'Go to signatures' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Signatures: ${hoa.fullName}` })).toBeVisible();
  await expect(page.getByText('Signing does not mean I agree with all of it')).toBeVisible();
  await expect(page.getByRole('link', { name: `Go to ${hoa.fullName}’s comments` })).toBeVisible();
  await screenshot(page, 'signing-appraisee');

  // An empty box is refused with a message, and nothing is signed.
  await page.getByRole('button', { name: `Sign as ${hoa.fullName}` }).click();
  await expect(
    page.getByText('Draw the signature in the box, or choose another way to sign.').first(),
  ).toBeVisible();
  await viewShot(page, 'signing-empty-drawing-refused');

  await drawSignature(page, `Signature box for ${hoa.fullName}`);
  await expect(page.getByText('Signature drawn')).toBeVisible();
  // Where the page is at the moment the countersignature form first appears: already back at the
  // top with the heading focused, so a click on that form never lands after the page jumped.
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      if (document.getElementById('appraiser-signs') === null) return;
      observer.disconnect();
      Reflect.set(window, 'atCountersignForm', {
        top: window.scrollY,
        focused: document.activeElement?.tagName ?? '',
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: `Sign as ${hoa.fullName}` }).click();
  await expect(
    page.getByText('Signed by the appraisee — waiting for the appraiser’s countersignature'),
  ).toBeVisible();
  expect(await page.evaluate((): unknown => Reflect.get(window, 'atCountersignForm'))).toEqual({
    top: 0,
    focused: 'H1',
  });
  await expect(page.getByText(/Signed on screen, \d\d\/\d\d\/\d{4} at/)).toBeVisible();
  await screenshot(page, 'signing-appraiser');

  await signByTyping(page, appraiser, 'Countersign and seal the record');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: new RegExp(`^${hoa.fullName} Appraisal signed \\d\\d/\\d\\d/\\d{4}$`),
    }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(`Signed and sealed the appraisal of ${hoa.fullName}`)).toBeVisible();
  await expect(page.getByText('Checked: the stored document is exactly as it was sealed.')).toBeVisible();
  await expect(page.locator('.document-status')).toHaveText('Signed and sealed');

  // The PDF shown in the page is the sealed one: a PDF whose every page carries the fingerprint.
  await page.locator('.integrity__details summary').filter({ hasText: 'Fingerprint' }).click();
  const fingerprint =
    (await page.locator('.fingerprint--full').first().textContent())?.replaceAll(' ', '') ?? '';
  expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  const src = await page.locator('iframe.document-frame').getAttribute('src');
  expect(src).not.toBeNull();
  const pdf = await page.request.get(src ?? '');
  const pdfBytes = await pdf.body();
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(pdfBytes);
  expect(text.replace(/\s/g, '')).toContain(fingerprint);
  expect(text).toContain(hoa.fullName);
  await screenshot(page, 'document-sealed');
  await viewShot(page, 'document-sealed-view');

  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByText('Sent to the printer.')).toBeVisible();
  expect(await harness.printed()).toEqual([{ documentId: `${id}-v1`, kind: 'sealed', printed: true }]);

  await harness.scriptSaveDialog('save');
  await page.getByRole('button', { name: 'Save a copy' }).click();
  await expect(
    page.getByText(`Saved a copy as Appraisal - ${hoa.fullName} - 2026-03-12 - v1.pdf.`),
  ).toBeVisible();
  const [saved] = await harness.savedFiles();
  expect(saved?.name).toBe(`Appraisal - ${hoa.fullName} - 2026-03-12 - v1.pdf`);
  const shownPdfHash = (await page.getByTestId('pdf-sha256').textContent())?.trim();
  expect(
    createHash('sha256')
      .update(saved?.bytes ?? Buffer.alloc(0))
      .digest('hex'),
  ).toBe(shownPdfHash);
  expect(pdfText(saved?.bytes ?? Buffer.alloc(0))).toContain(hoa.fullName);

  const activity = page.getByRole('region', { name: 'Activity' });
  for (const label of ['Printed', 'Copy made', 'Sealed', 'Signed']) {
    await expect(activity.getByRole('cell', { name: label, exact: true }).first()).toBeVisible();
  }
  // The log holds ids only; the screen names who did it from the register and the appraisal:
  // the appraisee's own signature is hers, the countersignature the appraiser's.
  const appraiseeSigned = activity
    .getByRole('row')
    .filter({ hasText: 'The member of staff signed on screen.' });
  await expect(appraiseeSigned).toContainText(hoa.fullName);
  await expect(appraiseeSigned).not.toContainText(appraiser);
  await expect(
    activity.getByRole('row').filter({ hasText: 'The appraiser signed by typing their name.' }),
  ).toContainText(appraiser);
  await screenshot(page, 'document-activity');

  // The locked record: the editor's address shows the locked message and no field at all.
  await page.goto(`/#/appraisals/${id}/summary`);
  await expect(page.getByText('This appraisal is signed and sealed, so it cannot be changed.')).toBeVisible();
  await expect(page.locator('main').locator('input, textarea, select')).toHaveCount(0);
  await viewShot(page, 'editor-locked-sealed');
  await page.getByRole('link', { name: 'Open the signed document' }).click();
  await expect(page.getByText('Checked: the stored document is exactly as it was sealed.')).toBeVisible();

  // And it is listed as recently signed.
  await page.getByRole('link', { name: 'Appraisals', exact: true }).click();
  await expect(
    page.getByRole('link', { name: `Open the signed appraisal of ${hoa.fullName}` }),
  ).toBeVisible();
  await screenshot(page, 'appraisals-recently-signed');
});

test('once the appraisee signs the record is shown without inputs; removing the signature makes it editable', async ({
  page,
}) => {
  await completeDraftReady(page);
  await page.getByRole('button', { name: 'Go to signatures' }).click();
  await signByTyping(page, hoa.fullName, `Sign as ${hoa.fullName}`);
  await expect(
    page.getByText('Signed by the appraisee — waiting for the appraiser’s countersignature'),
  ).toBeVisible();

  await page.goto(`/#/appraisals/${id}/summary`);
  await expect(stepHeading(page, 'Summary and profile')).toBeVisible();
  const summary = page.getByLabel('Overall comments');
  await expect(summary).toBeDisabled();
  await expect(summary).toHaveValue(completeAppraisal().summary.overall);
  await viewShot(page, 'editor-locked-appraisee-signed');

  await page.getByRole('link', { name: 'Appraisals', exact: true }).click();
  await expect(
    page.getByRole('link', { name: `Countersign the appraisal of ${hoa.fullName}` }),
  ).toBeVisible();
  await page.goto(`/#/appraisals/${id}/summary`);

  await page.getByRole('button', { name: "Remove the appraisee's signature to make changes" }).click();
  await page.getByRole('button', { name: 'Remove the signature' }).click();
  await expect(stepHeading(page, 'Ready to sign')).toBeVisible();
  await expect(page.getByText(`The appraisal of ${hoa.fullName} can be changed again`)).toBeVisible();
  await page.goto(`/#/appraisals/${id}/summary`);
  await expect(page.getByLabel('Overall comments')).toBeEnabled();
  await page.getByLabel('Overall comments').fill('Ready to lead the night shift from the summer.');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
});

test('a name typed without its accents signs for Ștefan Țurcanu; the record and the PDF keep his exact name and what he typed', async ({
  page,
}) => {
  const stefan = {
    fullName: 'Ștefan Țurcanu',
    role: 'Deputy manager',
    team: 'Days',
    startDate: '2019-09-02',
  };
  await completeSetup(page);
  await addPerson(page, stefan);
  await seedAppraisal(page, completeAppraisal(), stefan.fullName);
  await page.goto(`/#/appraisals/${id}/sign`);

  // Typed on a UK keyboard: no accents.
  await page.getByRole('radio', { name: /Type your name/ }).check();
  await page.getByLabel(`Type the full name: ${stefan.fullName}`).fill('Stefan Turcanu');
  await page.getByRole('checkbox', { name: /confirm that typing my name here is my signature/ }).check();
  await page.getByRole('button', { name: `Sign as ${stefan.fullName}` }).click();
  await expect(
    page.getByText('Signed by the appraisee — waiting for the appraiser’s countersignature'),
  ).toBeVisible();
  const signedBy = page.getByRole('list', { name: 'Signatures' });
  await expect(signedBy.getByRole('listitem').first()).toContainText(
    `Member of staff (appraisee): ${stefan.fullName}`,
  );
  await expect(signedBy.getByRole('listitem').first()).toContainText(
    /Signed by typing their name as “Stefan Turcanu”, \d\d\/\d\d\/\d{4} at/,
  );

  await signByTyping(page, appraiser, 'Countersign and seal the record');
  await expect(page.getByText('Checked: the stored document is exactly as it was sealed.')).toBeVisible({
    timeout: 30_000,
  });
  // The signed document: his exact name, and what he typed to sign.
  const signatures = page.getByRole('list', { name: 'Signatures' }).getByRole('listitem');
  await expect(signatures.first()).toContainText(`Member of staff (appraisee): ${stefan.fullName}`);
  await expect(signatures.first()).toContainText('Signed by typing their name as “Stefan Turcanu”');
  await expect(signatures.nth(1)).toContainText(`Appraiser: ${appraiser}`);
  await expect(signatures.nth(1)).toContainText(`Signed by typing their name as “${appraiser}”`);
  await viewShot(page, 'document-typed-without-accents');

  const src = await page.locator('iframe.document-frame').getAttribute('src');
  expect(src).not.toBeNull();
  const text = pdfText(await (await page.request.get(src ?? '')).body()).normalize('NFC');
  expect(text).toContain(stefan.fullName);
  expect(text).toContain('“Stefan Turcanu”');
});

test('signing is refused with the checklist while something is missing', async ({ page }) => {
  await completeSetup(page);
  await addPerson(page, hoa);
  await seedAppraisal(page, completeAppraisal({ summary: { overall: '' } }), hoa.fullName);
  await page.goto(`/#/appraisals/${id}/sign`);
  await expect(
    page.getByRole('heading', { name: /cannot be signed yet: 1 thing is still needed/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Sign as/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Write the overall summary.' }).click();
  await expect(stepHeading(page, 'Summary and profile')).toBeVisible();
});

test('when sealing fails the signatures are kept, the reason is shown, and they can be removed to correct the text', async ({
  page,
}) => {
  await completeSetup(page);
  await addPerson(page, hoa);
  // Chinese characters are outside the document font, so the PDF refuses to print them.
  await seedAppraisal(
    page,
    completeAppraisal({ summary: { overall: 'Excellent work 漢字.' } }),
    hoa.fullName,
  );
  await page.goto(`/#/appraisals/${id}/sign`);
  await signByTyping(page, hoa.fullName, `Sign as ${hoa.fullName}`);
  // The appraiser's form replaces the appraisee's; choosing a method before then would land on the old one.
  await expect(
    page.getByText('Signed by the appraisee — waiting for the appraiser’s countersignature'),
  ).toBeVisible();
  await signByTyping(page, appraiser, 'Countersign and seal the record');

  const panel = page.getByRole('region', { name: 'Both have signed, but the record is not sealed yet' });
  await expect(panel.getByRole('alert')).toContainText('The record could not be sealed:', {
    timeout: 30_000,
  });
  await expect(panel.getByRole('alert')).toContainText('Both signatures are still stored.');
  await viewShot(page, 'signing-seal-failed');

  // Still not sealed after a reload: the countersignature is stored, sealing can be tried again.
  await page.reload();
  await expect(panel.getByRole('button', { name: 'Try sealing again' })).toBeVisible();
  await panel.getByRole('button', { name: 'Remove both signatures to correct the record' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove both signatures' }).click();
  await expect(stepHeading(page, 'Ready to sign')).toBeVisible();
  await page.goto(`/#/appraisals/${id}/summary`);
  await page.getByLabel('Overall comments').fill('Excellent work.');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
});

test.describe('on a high-DPI screen', () => {
  test.use({ deviceScaleFactor: 2 });

  test('the signature box has a backing pixel per device pixel and keeps the drawing when the window is resized', async ({
    page,
  }) => {
    await completeDraftReady(page);
    await page.getByRole('button', { name: 'Go to signatures' }).click();
    const pad = page.getByRole('img', { name: `Signature box for ${hoa.fullName}` });
    const sizes = () =>
      pad.evaluate((canvas: HTMLCanvasElement) => ({ backing: canvas.width, css: canvas.offsetWidth }));
    const before = await sizes();
    expect(before.backing).toBe(before.css * 2);

    await drawSignature(page, `Signature box for ${hoa.fullName}`);
    // Narrow enough that the box itself shrinks.
    await page.setViewportSize({ width: 560, height: 768 });
    await expect.poll(async () => (await sizes()).css).toBeLessThan(before.css);
    await expect.poll(async () => (await sizes()).backing).toBe((await sizes()).css * 2);
    // Redrawn from its strokes: the box is not blank after the resize.
    const inked = await pad.evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark += 1;
      return dark;
    });
    expect(inked).toBeGreaterThan(100);
    await page.getByRole('button', { name: `Sign as ${hoa.fullName}` }).click();
    await expect(page.getByText(/Signed on screen, \d\d\/\d\d\/\d{4} at/)).toBeVisible();
  });
});
