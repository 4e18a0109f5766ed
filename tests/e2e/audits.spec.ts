/**
 * The inspection pack end to end: signed appraisals sealed through the app, the pack made from
 * the Audits screen (save dialog scripted), unzipped here and every file checked, its signature
 * verified by OpenSSL with the README's own command; then checked by the app itself, which
 * names the signer (the harness's test key, naming the home from Settings) with the fingerprint
 * Settings shows, tampered three ways (a PDF byte flipped, a file deleted, records.json edited)
 * and checked again, each problem named. A manifest re-hashed to hide a change, and a pack
 * without its signature, fail naming the signature. A cancelled export saves nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync, zipSync } from 'fflate';
import { certificatePem, signManifest } from '../../electron/services/exports/manifestSignature';
import { makeHomeIdentity } from '../../electron/services/signing/homeCertificate';
import { formatDateLong } from '../../shared/dates';
import { addPerson, home, screenshot } from './appSteps';
import { escapeRegExp } from './appraisalSteps';
import { appraiser, monthsFromToday, sealAppraisalFor, setUpHomeAndOpenRegister } from './auditsSteps';
import { expect, test, type SavedFile } from './fixtures';

const hoa = { fullName: 'Nguyễn Thị Hoa', role: 'Senior carer', team: 'Nights', startDate: '2021-06-01' };
const chiamaka = {
  fullName: 'Chiamaka Okonkwo-Ìbèkwè',
  role: 'Registered nurse',
  team: 'Nights',
  startDate: '2023-05-15',
};

const scratch = mkdtempSync(join(tmpdir(), 'audits-e2e-'));

/** The home's CQC location ID, entered in Settings before the first seal makes the signing key. */
const cqcLocationId = '1-123456789';

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function pdfText(bytes: Uint8Array): string {
  const file = join(scratch, `${sha256(bytes)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
}

/**
 * Hoa signed two months ago (in date), Chiamaka never appraised, Łucja (the appraiser) never
 * appraised. Answers the meeting date of Hoa's appraisal.
 */
async function homeWithOneSignedAppraisal(page: Page): Promise<string> {
  const meetingDate = monthsFromToday(-2);
  await setUpHomeAndOpenRegister(page);
  await page.goto('/#/settings');
  await page.getByLabel('CQC location ID').fill(cqcLocationId);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved the care home settings')).toBeVisible();
  await page.goto('/#/staff');
  await addPerson(page, hoa);
  await addPerson(page, chiamaka);
  await addPerson(page, { fullName: appraiser, role: 'Registered manager', startDate: '2010-01-04' });
  await sealAppraisalFor(page, {
    id: 'appraisal-hoa',
    fullName: hoa.fullName,
    meetingDate,
  });
  await page.goto('/#/audits');
  await expect(page.getByRole('heading', { level: 1, name: 'Audits and retention' })).toBeVisible();
  return meetingDate;
}

async function makePack(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Make the inspection pack' }).click();
  await expect(
    page.getByText(/^Saved Inspection pack.*\.zip: 1 signed appraisals?, [\d.]+ (KB|MB)\.$/),
  ).toBeVisible({
    timeout: 60_000,
  });
}

async function checkPack(
  page: Page,
  harnessOpen: (path: string) => Promise<void>,
  path: string,
): Promise<void> {
  await harnessOpen(path);
  await page.getByRole('button', { name: 'Choose a pack to check…' }).click();
}

/** The pack unzipped as an inspector would, and the README's OpenSSL command run in that folder. */
function opensslVerify(entries: Record<string, Uint8Array>): { status: number | null; output: string } {
  const folder = mkdtempSync(join(scratch, 'unzipped-'));
  for (const [name, bytes] of Object.entries(entries)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  const command = new TextDecoder()
    .decode(entries['README.txt'])
    .split('\r\n')
    .map((line) => line.trim())
    .find((line) => line.startsWith('openssl cms -verify') && line.endsWith('-out /dev/null'));
  if (command === undefined) throw new Error('the README gives no OpenSSL command');
  const run = spawnSync('sh', ['-c', command], { cwd: folder, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The pack with manifest.json made afresh for its files as they are now (its signature kept). */
function remanifested(entries: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
    files: { name: string }[];
  };
  const files = manifest.files.map(({ name }) => {
    const bytes = entries[name] ?? new Uint8Array();
    return { name, sha256: sha256(bytes), bytes: bytes.byteLength };
  });
  const text = `${JSON.stringify({ ...manifest, files }, null, 2)}\n`;
  return { ...entries, 'manifest.json': new TextEncoder().encode(text) };
}

function onlyZip(files: SavedFile[]): SavedFile {
  const zips = files.filter((file) => file.name.endsWith('.zip'));
  expect(zips).toHaveLength(1);
  const [zip] = zips;
  if (zip === undefined) throw new Error('no pack was saved');
  return zip;
}

test('the inspection pack holds every file an inspector needs, is checked intact, and tampering is named', async ({
  page,
  harness,
}) => {
  const meetingDate = await homeWithOneSignedAppraisal(page);
  await harness.scriptSaveDialog('save');
  await makePack(page);
  await screenshot(page, 'audits-pack-saved');

  const zip = onlyZip(await harness.savedFiles());
  expect(zip.name).toMatch(/^Inspection pack - .*\.zip$/);
  const entries = unzipSync(new Uint8Array(zip.bytes));
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  const pdfs = names.filter((name) => name.startsWith('pdf/'));
  // Named as people look for it: meeting date, the name in plain letters, version, start of the id.
  expect(pdfs).toEqual([`pdf/${meetingDate} Nguyen Thi Hoa v1 appr.pdf`]);
  expect([...names].sort()).toEqual(
    [
      'README.txt',
      'audit-log.json',
      'compliance-summary.pdf',
      'index.csv',
      'manifest.json',
      'manifest.json.p7s',
      'records.json',
      'signing-certificate.pem',
      ...pdfs,
    ].sort(),
  );
  const text = (name: string) => new TextDecoder().decode(entries[name]);

  // The README says what is inside and how to check it without the app: its signature first,
  // with the command OpenSSL runs here, which fails once manifest.json is changed.
  expect(text('README.txt')).toMatch(/manifest\.json/);
  expect(text('README.txt')).toMatch(/SHA-256/);
  expect(text('README.txt')).toContain(`${home.homeName} (CQC location ID ${cqcLocationId}).`);
  expect(text('README.txt')).toContain('THIS PACK IS SIGNED WITH A TEST KEY');
  const verified = opensslVerify(entries);
  expect(verified.status, verified.output).toBe(0);
  expect(verified.output).toContain('CMS Verification successful');
  const edited = new TextEncoder().encode(text('manifest.json').replace('"bytes": ', '"bytes":  '));
  expect(opensslVerify({ ...entries, 'manifest.json': edited }).status).not.toBe(0);

  // The compliance summary: the home, the completion figure and every active person by name.
  const summary = pdfText(entries['compliance-summary.pdf'] ?? new Uint8Array());
  expect(summary).toContain(home.homeName);
  expect(summary).toMatch(/33\s*%/); // Hoa in date; Chiamaka and Łucja never appraised: 1 of 3.
  for (const name of [hoa.fullName, chiamaka.fullName, appraiser]) expect(summary).toContain(name);

  // index.csv: a BOM for Excel, a header and one row for Hoa's appraisal naming its PDF.
  const csv = entries['index.csv'] ?? new Uint8Array();
  expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = text('index.csv')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(hoa.fullName);
  expect(lines[1]).toContain((pdfs[0] ?? '').replace(/^pdf\//, ''));

  // records.json holds the sealed record; audit-log.json its events, chained.
  expect(text('records.json')).toContain('appraisal-hoa-v1');
  expect(text('records.json')).toContain(hoa.fullName);
  expect(text('audit-log.json')).toContain('appraisal-hoa');
  expect(text('audit-log.json')).toMatch(/"prevHash"/);

  // The PDF is the sealed one, and the manifest lists every other file with its SHA-256.
  expect(pdfText(entries[pdfs[0] ?? ''] ?? new Uint8Array())).toContain(hoa.fullName);
  const manifest = text('manifest.json');
  for (const name of names.filter((n) => n !== 'manifest.json' && n !== 'manifest.json.p7s')) {
    expect(manifest, `manifest names ${name}`).toContain(name);
    expect(manifest, `manifest has the hash of ${name}`).toContain(sha256(entries[name] ?? new Uint8Array()));
  }

  // The app checks the pack it made: intact. The button sits at the bottom edge of a laptop's
  // window, as after scrolling down to it, so the verdict appears below the fold unless the app
  // brings it into view and moves focus to it.
  await page.setViewportSize({ width: 1280, height: 760 });
  await page.getByRole('button', { name: 'Choose a pack to check…' }).evaluate((button) => {
    window.scrollTo(0, button.getBoundingClientRect().bottom + window.scrollY - window.innerHeight + 2);
  });
  const savedPath = join(await harness.savedFolder(), zip.name);
  await checkPack(page, (p) => harness.scriptOpenDialog(p), savedPath);
  const verdict = page.getByText(
    /is intact\. Its signature holds, all \d+ files match the manifest and the audit log’s chain holds/,
  );
  await expect(verdict).toBeVisible();
  await expect(verdict).toBeInViewport();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-live') ?? 'not the answer'))
    .toBe('polite');
  // The signer as the certificate names the home (from Settings), and the harness's key marked.
  const signer = page.getByTestId('pack-signer');
  await expect(signer).toContainText(
    new RegExp(
      `^Signed by ${escapeRegExp(home.homeName)} \\(CQC location ID ${cqcLocationId}\\), certificate SHA-256:([0-9A-F]{4} ){15}[0-9A-F]{4}This is a certificate the home has signed with`,
    ),
  );
  await expect(page.getByTestId('pack-test-key')).toContainText('signed with a test key');
  const packFingerprint = (await signer.locator('code').textContent()) ?? '';
  await screenshot(page, 'audits-pack-verdict-in-view', { fullPage: false });
  await screenshot(page, 'audits-pack-intact');

  // Tampered three ways, in one copy: each problem is named.
  const pdfName = pdfs[0] ?? '';
  const tampered = { ...entries };
  const flipped = new Uint8Array(entries[pdfName] ?? new Uint8Array());
  const middle = Math.floor(flipped.length / 2);
  flipped[middle] = (flipped[middle] ?? 0) ^ 0xff;
  tampered[pdfName] = flipped;
  delete tampered['index.csv'];
  tampered['records.json'] = new TextEncoder().encode(
    text('records.json').replace('Nguyễn Thị Hoa', 'Nguyen Thi Hoa'),
  );
  const tamperedPath = join(scratch, 'tampered pack.zip');
  writeFileSync(tamperedPath, zipSync(tampered, { level: 0 }));
  await checkPack(page, (p) => harness.scriptOpenDialog(p), tamperedPath);
  const alert = page.getByRole('alert').filter({ hasText: 'has been changed since it was made' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/\d+ problems were found/);
  const problem = (pattern: RegExp) => alert.getByRole('listitem').filter({ hasText: pattern });
  await expect(
    problem(
      new RegExp(`version 1: the PDF was changed after the pack was made \\(${escapeRegExp(pdfName)}\\)`),
    ),
  ).toHaveCount(1);
  await expect(problem(/^The index of records \(index\.csv\) is missing/)).toHaveCount(1);
  await expect(problem(/^The file of signed records \(records\.json\) was changed/)).toHaveCount(1);
  // The manifest itself is as signed, so the changes came after the home made the pack.
  await expect(alert.getByTestId('pack-signer')).toContainText(
    'The manifest’s signature holds, so these changes were made after the home made the pack. Signed by',
  );
  await screenshot(page, 'audits-pack-tampered');

  // The fingerprint the check named is the one Settings shows for the home's certificate.
  await page.goto('/#/settings');
  await expect(
    page.getByRole('region', { name: 'Document signing' }).getByTestId('signing-fingerprint'),
  ).toHaveText(packFingerprint);
});

test('a changed PDF in a pack is named by the person, the meeting date and the version, in words', async ({
  page,
  harness,
}) => {
  const meetingDate = await homeWithOneSignedAppraisal(page);
  await harness.scriptSaveDialog('save');
  await makePack(page);
  const zip = onlyZip(await harness.savedFiles());
  const entries = unzipSync(new Uint8Array(zip.bytes));
  const pdfName = `pdf/${meetingDate} Nguyen Thi Hoa v1 appr.pdf`;
  expect(Object.keys(entries)).toContain(pdfName);

  // One byte of Hoa's signed PDF changed inside the ZIP, nothing else.
  const pdf = new Uint8Array(entries[pdfName] ?? new Uint8Array());
  const middle = Math.floor(pdf.length / 2);
  pdf[middle] = (pdf[middle] ?? 0) ^ 0xff;
  const tamperedPath = join(scratch, 'pack with a changed PDF.zip');
  writeFileSync(tamperedPath, zipSync({ ...entries, [pdfName]: pdf }, { level: 0 }));
  await checkPack(page, (p) => harness.scriptOpenDialog(p), tamperedPath);

  const alert = page.getByRole('alert').filter({ hasText: 'has been changed since it was made' });
  await expect(alert).toContainText('One problem was found:');
  await expect(alert.getByRole('listitem')).toHaveText([
    `${hoa.fullName}, appraisal of ${formatDateLong(meetingDate)}, version 1: the PDF was changed after the pack was made (${pdfName}).`,
  ]);
  // The record's id is not how anyone knows it.
  await expect(alert).not.toContainText('appraisal-hoa');
  await screenshot(page, 'audits-pack-changed-pdf-named');

  // The same change with manifest.json re-hashed to hide it: every file matches the manifest,
  // but the manifest no longer matches the home's signature, which is said first.
  const hiddenPath = join(scratch, 'pack with a re-hashed manifest.zip');
  writeFileSync(hiddenPath, zipSync(remanifested({ ...entries, [pdfName]: pdf }), { level: 0 }));
  await checkPack(page, (p) => harness.scriptOpenDialog(p), hiddenPath);
  const rehashed = page.getByRole('alert').filter({ hasText: 'has been changed since it was made' });
  await expect(rehashed.getByTestId('pack-signature-problem')).toHaveText(
    'manifest.json was changed after the pack was signed: it no longer matches its signature (manifest.json.p7s), so the list of files and hashes in it cannot be trusted.',
  );
  await expect(rehashed).toContainText('2 problems were found:');
  await expect(rehashed.getByRole('listitem')).toHaveText([
    `${hoa.fullName}, appraisal of ${formatDateLong(meetingDate)}, version 1: the PDF in the pack is not the one that was sealed (${pdfName}).`,
  ]);
  await expect(page.getByTestId('pack-signer')).toHaveCount(0);
  await screenshot(page, 'audits-pack-manifest-rehashed');

  // The same, signed again by a forger with a certificate of their own in the home's name: the
  // signature holds, but the home never used that certificate, which is said first.
  const forger = await makeHomeIdentity({ homeName: home.homeName, cqcLocationId }, new Date(), {
    testKey: true,
  });
  // Their certificate goes in first, so the re-hashed manifest lists it: every file matches.
  const forged = remanifested({
    ...entries,
    [pdfName]: pdf,
    'signing-certificate.pem': new TextEncoder().encode(certificatePem(forger.identity)),
  });
  forged['manifest.json.p7s'] = signManifest(
    forged['manifest.json'] ?? new Uint8Array(),
    forger.identity,
    new Date(),
  );
  const forgedPath = join(scratch, 'pack signed again by someone else.zip');
  writeFileSync(forgedPath, zipSync(forged, { level: 0 }));
  await checkPack(page, (p) => harness.scriptOpenDialog(p), forgedPath);
  const stranger = page.getByRole('alert').filter({ hasText: 'never used' });
  await expect(stranger.getByTestId('pack-signature-problem')).toContainText(
    "The pack's signature holds, but it was made with a certificate this home has never used",
  );
  await expect(stranger.getByRole('listitem')).toHaveText([
    `${hoa.fullName}, appraisal of ${formatDateLong(meetingDate)}, version 1: the PDF in the pack is not the one that was sealed (${pdfName}).`,
  ]);
  await expect(stranger.getByTestId('pack-unknown-signer')).toContainText(
    `The certificate that signed it names ${home.homeName}`,
  );
  await expect(page.getByTestId('pack-signer')).toHaveCount(0);
  await screenshot(page, 'audits-pack-signed-by-a-stranger');

  // The pack as made, without its signature file: nothing else is wrong, but it is not signed.
  const unsigned = Object.fromEntries(
    Object.entries(entries).filter(([name]) => name !== 'manifest.json.p7s'),
  );
  const unsignedPath = join(scratch, 'pack without its signature.zip');
  writeFileSync(unsignedPath, zipSync(unsigned, { level: 0 }));
  await checkPack(page, (p) => harness.scriptOpenDialog(p), unsignedPath);
  const notSigned = page.getByRole('alert').filter({ hasText: 'is not signed' });
  await expect(notSigned).toContainText(
    'The pack “pack without its signature.zip” is not signed, so it cannot be shown to be as the home made it. One problem was found:',
  );
  await expect(notSigned.getByTestId('pack-signature-problem')).toContainText(
    'This pack has no signature file (manifest.json.p7s)',
  );
  await expect(notSigned.getByRole('listitem')).toHaveCount(0);
  await screenshot(page, 'audits-pack-unsigned');
});

test('a cancelled pack saves nothing; closing the save dialog saves nothing', async ({ page, harness }) => {
  await homeWithOneSignedAppraisal(page);

  await harness.scriptSaveDialog('cancel');
  await page.getByRole('button', { name: 'Make the inspection pack' }).click();
  await expect(page.getByText('Nothing was saved: no place was chosen.')).toBeVisible();

  // The harness holds the started export, as a large pack would still be running.
  await harness.holdExports(true);
  await harness.scriptSaveDialog('save');
  await page.getByRole('button', { name: 'Make the inspection pack' }).click();
  await expect(page.getByText('Getting ready')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await harness.holdExports(false);
  await expect(page.getByText('Cancelled: nothing was saved.')).toBeVisible({ timeout: 60_000 });
  await screenshot(page, 'audits-pack-cancelled');
  expect(await harness.savedFiles()).toEqual([]);

  // A bad range is refused before anything starts.
  await page.getByLabel('Meetings from').fill(monthsFromToday(1));
  await page.getByRole('button', { name: 'Make the inspection pack' }).click();
  await expect(page.getByText('The first date must not be after the last date.')).toBeVisible();
  expect(await harness.savedFiles()).toEqual([]);
});
