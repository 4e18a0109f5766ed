/**
 * Settings → Document signing through the harness: the home's certificate made on request
 * (the harness's test key, marked as one), a new one replacing it, a provider's .p12 refused
 * with a wrong password and imported with the right one, and an appraisal sealed after the
 * import signed with the imported certificate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openAuditLog } from '../../electron/services/audit/auditLog';
import type { KeyProtector } from '../../electron/services/signing/keyProtector';
import { openSigningKeys } from '../../electron/services/signing/signingKeyStore';
import { completeAppraisal } from '../fixtures/completeAppraisal';
import { addPerson, completeSetup, home, openRegister, screenshot } from './appSteps';
import { seedAppraisal, signAndSealByTyping, stepHeading } from './appraisalSteps';
import { expect, test } from './fixtures';

const cqcLocationId = '1-123456789';

/** Providers' document-signing certificates and keys, as .p12 files (tests/fixtures/p12/README.md). */
const providerP12 = {
  path: 'tests/fixtures/p12/openssl3-aes256.p12',
  fileName: 'openssl3-aes256.p12',
  password: 'test-password',
  commonName: 'Test Provider Document Signing',
};
/** A certificate issued by a (test) CA, the CA's certificate beside it in the file. */
const chainedP12 = {
  path: 'tests/fixtures/p12/chain.p12',
  password: 'test-password',
  commonName: 'Test Provider Chained Signing',
  issuer: 'Test Provider Issuing CA',
};

const hoa = { fullName: 'Nguyễn Thị Hoa', role: 'Senior carer', team: 'Nights', startDate: '2021-06-01' };
const appraiser = 'Łucja Wąsowska';

function section(page: Page) {
  return page.getByRole('region', { name: 'Document signing' });
}

/** What one row of the certificate's details says. */
function detail(page: Page, term: string) {
  return section(page).locator(`dt:text-is("${term}") + dd`);
}

/** The fingerprint as Settings shows it: upper-case hex in groups of four. */
async function shownFingerprint(page: Page): Promise<string> {
  const text = (await section(page).getByTestId('signing-fingerprint').textContent()) ?? '';
  expect(text).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  return text;
}

/** Setup with a CQC location ID (which the certificate names), then Settings. */
async function settingsWithCqcId(page: Page): Promise<void> {
  await completeSetup(page);
  await page.getByRole('link', { name: 'Care home settings' }).click();
  await page.getByLabel('CQC location ID').fill(cqcLocationId);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved the care home settings')).toBeVisible();
  await expect(
    section(page).getByRole('button', { name: /signing certificate now|new certificate/ }),
  ).toBeVisible();
}

async function makeCertificateNow(page: Page): Promise<void> {
  await section(page).getByRole('button', { name: 'Make the home’s signing certificate now' }).click();
  await expect(detail(page, 'Who it names')).toContainText(home.homeName);
}

/** "Make a new certificate", then the same in the dialog that asks first. */
async function makeNewCertificate(page: Page): Promise<void> {
  await section(page).getByRole('button', { name: 'Make a new certificate' }).click();
  await page
    .getByRole('dialog', { name: 'Make a new signing certificate?' })
    .getByRole('button', { name: 'Make a new certificate' })
    .click();
}

async function importP12(page: Page, file: string, password: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Import your provider’s certificate' });
  await form.getByLabel('Certificate file').setInputFiles(file);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Import' }).click();
}

function pdfsig(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'document-signing-e2e-')), 'document.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdfsig', ['-nocert', file], { encoding: 'utf8' });
}

test('Settings makes the home’s certificate on request, names the home, and marks the harness’s test key', async ({
  page,
}) => {
  await settingsWithCqcId(page);
  await expect(
    section(page).getByText(
      'There is no certificate yet. The app makes one, naming the home, when the first appraisal is sealed.',
    ),
  ).toBeVisible();
  await screenshot(section(page), 'document-signing-01-none');

  await makeCertificateNow(page);
  await expect(detail(page, 'Who it names')).toContainText(`CQC location ID ${cqcLocationId}`);
  await expect(detail(page, 'Where it came from')).toHaveText(
    /^Made by this app on this PC, in use since \d\d\/\d\d\/\d{4}$/,
  );
  await expect(detail(page, 'Valid')).toHaveText(/^from \d\d\/\d\d\/\d{4} to \d\d\/\d\d\/\d{4}$/);
  await expect(detail(page, 'How the key is kept')).toContainText(
    'Test key made by the browser harness — not for real records',
  );
  await expect(section(page).locator('.signing-test-key')).toBeVisible();
  await expect(section(page).getByText(/^Made the home’s certificate for Rosewood House/)).toBeVisible();
  const first = await shownFingerprint(page);
  await screenshot(section(page), 'document-signing-02-test-key');

  // A new certificate is asked about first, and replaces the old one for new documents only.
  await section(page).getByRole('button', { name: 'Make a new certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make a new signing certificate?' });
  await expect(dialog).toContainText('Documents already signed keep the certificate they were signed with');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await screenshot(dialog, 'document-signing-03-new-dialog');
  await dialog.getByRole('button', { name: 'Make a new certificate' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => shownFingerprint(page)).not.toBe(first);

  // What Settings shows is what main keeps: the same after a reload.
  const second = await shownFingerprint(page);
  await page.reload();
  expect(await shownFingerprint(page)).toBe(second);

  // Once the home is renamed, the certificate the app made names it as it was.
  await page.getByLabel('Care home name').fill('Rosewood House Nursing Home');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(section(page).getByText(/has changed since this certificate was made/)).toBeVisible();
  await screenshot(page, 'document-signing-03b-settings-page');
});

test('a data folder from another PC: Settings says its key cannot be unlocked here, and a new certificate replaces it', async ({
  page,
  harness,
}) => {
  // The key file as another PC's Windows would have protected it: this PC cannot unlock it.
  const dataFolder = await harness.dataFolder();
  const otherPc: KeyProtector = {
    protection: 'operating-system',
    protect: (secret) => Buffer.from(`another PC: ${secret}`),
    unprotect: () => {
      throw new Error('Protected for another Windows user.');
    },
  };
  const now = () => new Date();
  const copied = await openSigningKeys({
    dataFolder,
    protector: otherPc,
    now,
    audit: openAuditLog({ dataFolder, now }),
  }).current({ homeName: home.homeName, cqcLocationId }, 'registered-manager');

  await settingsWithCqcId(page);
  await expect(section(page).getByTestId('signing-key-unusable')).toContainText(
    'This PC cannot unlock the signing key kept with this certificate',
  );
  await expect(
    section(page).getByRole('heading', { name: 'The certificate found in the data folder' }),
  ).toBeVisible();
  expect((await shownFingerprint(page)).replaceAll(' ', '').toLowerCase()).toBe(
    copied.certificate.fingerprint,
  );
  await screenshot(section(page), 'document-signing-08-key-from-another-pc');

  await makeNewCertificate(page);
  await expect(section(page).getByTestId('signing-key-unusable')).toHaveCount(0);
  await expect(
    section(page).getByRole('heading', { name: 'The certificate new documents are signed with' }),
  ).toBeVisible();
  expect((await shownFingerprint(page)).replaceAll(' ', '').toLowerCase()).not.toBe(
    copied.certificate.fingerprint,
  );
});

test('a .p12 with a wrong password is refused and changes nothing; with the right one it is imported', async ({
  page,
}) => {
  await settingsWithCqcId(page);
  await makeCertificateNow(page);
  const before = await shownFingerprint(page);

  // Import with no file chosen says what is missing, at the file field.
  const form = page.getByRole('form', { name: 'Import your provider’s certificate' });
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByLabel('Certificate file')).toHaveAccessibleDescription(
    /Choose the certificate file \(\.p12 or \.pfx\) first\./,
  );
  await expect(form.getByLabel('Certificate file')).toBeFocused();

  await importP12(page, providerP12.path, 'not-the-password');
  const refusal = form.getByRole('alert');
  await expect(refusal).toHaveText(/^The password is not right for this file, so nothing was imported\./);
  // The form keeps what was chosen and typed; the certificate in use is the same.
  await expect(form.getByText(`Chosen: ${providerP12.fileName}`)).toBeVisible();
  await expect(form.getByLabel('Password', { exact: true })).toHaveValue('not-the-password');
  expect(await shownFingerprint(page)).toBe(before);
  await expect(detail(page, 'Where it came from')).toContainText('Made by this app on this PC');
  // What was said about making the certificate is not left beside the refusal.
  await expect(section(page).getByText(/^Made the home’s certificate/)).toHaveCount(0);
  await screenshot(section(page), 'document-signing-04-wrong-password');

  await form.getByLabel('Password', { exact: true }).fill(providerP12.password);
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByText(`Imported the certificate for ${providerP12.commonName}`)).toBeVisible();
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(form.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(detail(page, 'Who it names')).toContainText(providerP12.commonName);
  await expect(detail(page, 'Where it came from')).toContainText('Imported from a .p12 file, in use since');
  expect(await shownFingerprint(page)).not.toBe(before);
  await screenshot(section(page), 'document-signing-05-imported');

  // A new certificate made here replaces the imported one, and the import's message goes.
  await makeNewCertificate(page);
  await expect(section(page).getByText(/^Made a new certificate for Rosewood House/)).toBeVisible();
  await expect(form.getByText(/^Imported the certificate/)).toHaveCount(0);
  await expect(detail(page, 'Where it came from')).toContainText('Made by this app on this PC');
});

test('an appraisal sealed after a .p12 is imported is signed with the imported certificate', async ({
  page,
}) => {
  await settingsWithCqcId(page);
  await importP12(page, chainedP12.path, chainedP12.password);
  await expect(page.getByText(`Imported the certificate for ${chainedP12.commonName}`)).toBeVisible();
  await expect(detail(page, 'Issued by')).toContainText(chainedP12.issuer);
  const imported = await shownFingerprint(page);
  await screenshot(section(page), 'document-signing-06-imported-chain');

  await openRegister(page);
  await addPerson(page, hoa);
  await seedAppraisal(page, completeAppraisal(), hoa.fullName);
  await page.goto('/#/appraisals/appraisal-complete-1/ready');
  await expect(stepHeading(page, 'Ready to sign')).toBeVisible();
  await page.getByRole('button', { name: 'Go to signatures' }).click();
  await signAndSealByTyping(page, hoa.fullName, appraiser);

  // The document page names the signer from the PDF's own signature.
  await expect(page.getByText(`Digitally signed by ${chainedP12.commonName}`)).toBeVisible();
  await page.getByText('Signing certificate', { exact: true }).click();
  await expect(page.getByTestId('signing-certificate')).toHaveText(imported);
  await screenshot(page, 'document-signing-07-sealed-with-import');

  // And so does any PDF reader: poppler reads the signature in the sealed file.
  const src = await page.locator('iframe.document-frame').getAttribute('src');
  expect(src).not.toBeNull();
  const report = pdfsig(await (await page.request.get(src ?? '')).body());
  expect(report).toContain(`Signer Certificate Common Name: ${chainedP12.commonName}`);
  expect(report).toContain('Signature Validation: Signature is Valid.');
  expect(report).toContain('Total document signed');
});
