/**
 * Signed packs: an inspection pack's and a subject access bundle's manifest.json carries the
 * home's detached CMS signature (manifest.json.p7s) and its certificate (signing-certificate.pem).
 * OpenSSL verifies it with the exact command the README gives, and fails once manifest.json
 * changes; the app's check names the signer, and fails a pack whose manifest was re-hashed
 * after a file was changed, or that has no signature. The pack writer and checker are called
 * directly, over a seeded vault, with the test signing identity.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openAuditLog } from '../../../electron/services/audit/auditLog';
import { writeInspectionPack } from '../../../electron/services/exports/inspectionPack';
import { verifyPackFile } from '../../../electron/services/exports/packVerifier';
import { writeSubjectAccessBundle } from '../../../electron/services/exports/subjectAccessBundle';
import { loadPdfFonts } from '../../../electron/services/pdf/pdfFonts';
import { verifyDetached } from '../../../electron/services/signing/cms';
import { openVault } from '../../../electron/services/vault/vault';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import { canonicalJson } from '../../../shared/integrity/canonicalJson';
import { fontsFolder } from '../../fixtures/handlerDeps';
import { testSigningIdentity } from '../../fixtures/signingIdentity';
import { appraisalOf, compliance, home, preparedBy, staffOf } from './exportSetup';

type Files = Record<string, Uint8Array>;

const madeAt = new Date('2026-04-01T09:30:00.000Z');
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const encode = (value: string) => new TextEncoder().encode(value);

const verifyCommand =
  'openssl cms -verify -binary -inform DER -in manifest.json.p7s -content manifest.json -CAfile signing-certificate.pem -purpose any -out /dev/null';
// Through the shell, as the README's command is run below.
const opensslAvailable = spawnSync('sh', ['-c', 'openssl version']).status === 0;

const missingSentence =
  'This pack has no signature file (manifest.json.p7s): it was made before packs were signed, or the file was removed; its contents cannot be shown to come from the home.';
const changedSentence =
  'manifest.json was changed after the pack was signed: it no longer matches its signature (manifest.json.p7s), so the list of files and hashes in it cannot be trusted.';

/**
 * A data folder with two sealed appraisals, each logged and written to the vault as sealing
 * does; a pack only hashes a record's PDF, so a few stand-in bytes do for each.
 */
async function seeded() {
  const dataFolder = mkdtempSync(join(tmpdir(), 'pack-signature-data-'));
  const saved = mkdtempSync(join(tmpdir(), 'pack-signature-saved-'));
  const { identity } = await testSigningIdentity();
  const services = {
    vault: openVault({ dataFolder, now: () => madeAt }),
    audit: openAuditLog({ dataFolder, now: () => madeAt }),
    progress: () => undefined,
  };
  for (const document of [
    appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2026-03-10'),
    appraisalOf('a2', 's2', 'Ștefan Țurcanu', '2025-06-01'),
  ]) {
    const fingerprint = documentFingerprint(document);
    const pdf = encode(`%PDF-1.7 stand-in for ${document.documentId}\n%%EOF\n`);
    const event = await services.audit.append({
      actor: `appraiser:${document.appraisal.id}`,
      action: 'seal',
      entityId: document.appraisal.id,
      fingerprint,
      detail: `Sealed ${document.documentId}`,
    });
    await services.vault.writeSealed({
      canonicalJson: canonicalJson(document),
      pdf,
      seal: {
        documentId: document.documentId,
        fingerprint,
        pdfSha256: sha256Hex(pdf),
        sealedAt: madeAt.toISOString(),
        auditHead: event.hash,
      },
    });
  }
  const options = (name: string) => ({
    target: join(saved, name),
    signal: new AbortController().signal,
    generatedAt: madeAt,
    identity,
  });
  async function inspectionPack(): Promise<Files> {
    const target = options('pack.zip');
    await writeInspectionPack(
      { from: '2025-04-01', to: '2026-04-01', home, logo: null, compliance, preparedBy },
      { ...services, fonts: () => loadPdfFonts(fontsFolder) },
      target,
    );
    return unzipSync(readFileSync(target.target));
  }
  async function subjectAccess(): Promise<Files> {
    const target = options('bundle.zip');
    await writeSubjectAccessBundle(
      { staff: staffOf('s2', 'Ștefan Țurcanu'), homeName: home.name, preparedBy },
      services,
      target,
    );
    return unzipSync(readFileSync(target.target));
  }
  /** The app's check of `files` as a pack. */
  async function check(files: Files) {
    const path = join(saved, 'checked.zip');
    writeFileSync(path, zipSync(files));
    return verifyPackFile('checked.zip', path);
  }
  return { identity, inspectionPack, subjectAccess, check };
}

/** The pack unzipped into a folder, as an inspector would, and the README's own command run in it. */
function opensslCheck(files: Files) {
  const folder = mkdtempSync(join(tmpdir(), 'pack-signature-unzipped-'));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  const command = text(files['README.txt'])
    .split('\r\n')
    .map((line) => line.trim())
    .find((line) => line.startsWith('openssl cms -verify') && line.endsWith('/dev/null'));
  if (command === undefined) throw new Error('the README gives no OpenSSL command');
  const run = spawnSync('sh', ['-c', command], { cwd: folder, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The pack with manifest.json made afresh for its files as they now are (the old signature kept). */
function remanifested(files: Files): Files {
  const manifest = JSON.parse(text(files['manifest.json'])) as { files: { name: string }[] };
  const listed = manifest.files.map(({ name }) => {
    const bytes = files[name] ?? new Uint8Array();
    return { name, sha256: sha256Hex(bytes), bytes: bytes.byteLength };
  });
  return {
    ...files,
    'manifest.json': encode(`${JSON.stringify({ ...manifest, files: listed }, null, 2)}\n`),
  };
}

function flipped(bytes: Uint8Array | undefined): Uint8Array {
  const copy = new Uint8Array(bytes ?? []);
  const middle = Math.floor(copy.length / 2);
  copy[middle] = (copy[middle] ?? 0) ^ 0xff;
  return copy;
}

function without(files: Files, name: string): Files {
  return Object.fromEntries(Object.entries(files).filter(([n]) => n !== name));
}

describe.each([
  ['an inspection pack', 'inspectionPack', 'pdf/2026-03-10 Nguyen Thi Hoa v1 a1.pdf'],
  ['a subject access bundle', 'subjectAccess', 'pdf/2025-06-01 Stefan Turcanu v1 a2.pdf'],
] as const)('%s', (_, make, pdfName) => {
  it('carries its certificate and a signature over manifest.json that OpenSSL verifies with the README’s command', async () => {
    const s = await seeded();
    const files = await s[make]();
    const manifest = JSON.parse(text(files['manifest.json'])) as { files: { name: string }[] };
    // The manifest lists the certificate, and cannot list the signature that signs it.
    expect(manifest.files.map((f) => f.name)).toContain('signing-certificate.pem');
    expect(manifest.files.map((f) => f.name)).not.toContain('manifest.json.p7s');
    expect(Object.keys(files)).toContain(pdfName);
    expect(text(files['signing-certificate.pem'])).toMatch(/^-----BEGIN CERTIFICATE-----\n/);

    const signed = verifyDetached(
      files['manifest.json.p7s'] ?? new Uint8Array(),
      files['manifest.json'] ?? new Uint8Array(),
    );
    if (!signed.valid) throw new Error(signed.problem);
    expect(signed.certificate.fingerprint).toBe(s.identity.certificate.fingerprint);
    // Signed at the time the manifest says it was made (CMS signing time is to the second).
    expect(signed.signingTime?.toISOString()).toBe('2026-04-01T09:30:00.000Z');
    expect(text(files['manifest.json'])).toContain('"generatedAt": "2026-04-01T09:30:00.000Z"');

    expect(text(files['README.txt'])).toContain(verifyCommand);
    expect(text(files['README.txt'])).toContain(verifyCommand.replace('/dev/null', 'NUL'));
    if (!opensslAvailable) return;
    const good = opensslCheck(files);
    expect(good.status, good.output).toBe(0);
    expect(good.output).toContain('CMS Verification successful');
    const changed = opensslCheck({
      ...files,
      'manifest.json': encode(text(files['manifest.json']).replace('"bytes": ', '"bytes":  ')),
    });
    expect(changed.status).not.toBe(0);
    expect(changed.output).toContain('CMS Verification failure');
  });

  it('checks intact and names the signer, a test key', async () => {
    const s = await seeded();
    const check = await s.check(await s[make]());
    expect(check).toMatchObject({ intact: true, problems: [] });
    expect(check.signature).toMatchObject({ status: 'valid', problem: null });
    expect(check.signature.signedBy).toMatchObject({
      commonName: 'Rose Lodge Care Home',
      cqcLocationId: '1-123456789',
      fingerprint: s.identity.certificate.fingerprint,
      isTestKey: true,
    });
    // Neither the signature nor the certificate is an "extra" file.
    expect(check.files.every((file) => file.status === 'ok')).toBe(true);
    expect(check.files.map((file) => file.name)).toContain('signing-certificate.pem');
  });

  it('fails a pack whose PDF was changed and whose manifest was re-hashed to match, naming the signature', async () => {
    const s = await seeded();
    const files = await s[make]();
    const check = await s.check(remanifested({ ...files, [pdfName]: flipped(files[pdfName]) }));
    expect(check.intact).toBe(false);
    // Every file now matches the forged manifest: only the signature (and the record's own PDF hash) tell.
    expect(check.files.every((file) => file.status === 'ok')).toBe(true);
    expect(check.signature.status).toBe('invalid');
    expect(check.signature.problem).toBe(changedSentence);
    expect(check.problems[0]).toBe(changedSentence);
    expect(check.problems[1]).toMatch(/: the PDF in the pack is not the one that was sealed \(pdf\//);
  });

  it('fails a pack without its signature file, or with a damaged one, saying so', async () => {
    const s = await seeded();
    const files = await s[make]();
    const unsigned = await s.check(without(files, 'manifest.json.p7s'));
    expect(unsigned).toMatchObject({ intact: false, problems: [missingSentence] });
    expect(unsigned.signature).toEqual({ status: 'missing', signedBy: null, problem: missingSentence });
    expect(unsigned.files.every((file) => file.status === 'ok')).toBe(true);

    const damaged = await s.check({ ...files, 'manifest.json.p7s': encode('not a signature') });
    expect(damaged.intact).toBe(false);
    expect(damaged.signature.status).toBe('invalid');
    expect(damaged.problems).toEqual([
      "The pack's signature (manifest.json.p7s) does not hold: the signature is damaged and cannot be read.",
    ]);
  });

  it('names a changed certificate file, which OpenSSL then refuses', async () => {
    const s = await seeded();
    const files = await s[make]();
    const changed = { ...files, 'signing-certificate.pem': encode('-----BEGIN CERTIFICATE-----\n') };
    const check = await s.check(changed);
    expect(check.intact).toBe(false);
    expect(check.signature.status).toBe('valid');
    expect(check.problems).toEqual([
      'The signing certificate (signing-certificate.pem) was changed after the pack was made.',
    ]);
    if (opensslAvailable) expect(opensslCheck(changed).status).not.toBe(0);
  });
});

describe('the README says how to check the signature', () => {
  it('names the home, gives the fingerprint in fours and warns of a test key', async () => {
    const s = await seeded();
    const readme = text((await s.inspectionPack())['README.txt']);
    expect(readme).toContain('Rose Lodge Care Home (CQC location ID 1-123456789).');
    const grouped = (s.identity.certificate.fingerprint.toUpperCase().match(/.{4}/g) ?? []).join(' ');
    expect(readme).toContain(`  ${grouped}\r\n`);
    expect(readme).toContain('THIS PACK IS SIGNED WITH A TEST KEY');
    expect(readme).toContain('"CMS Verification successful"');
    expect(readme).toContain('  manifest.json.p7s        the home');
  });
});
