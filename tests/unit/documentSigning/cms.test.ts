import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDetached, verifyDetached } from '../../../electron/services/signing/cms';
import { makeHomeIdentity } from '../../../electron/services/signing/homeCertificate';
import { testSigningIdentity } from '../../fixtures/signingIdentity';

const run = promisify(execFile);
const manifest = Buffer.from('{"files":[{"name":"pdf/a.pdf","sha256":"ab"}]}\n');
const sealTime = new Date('2026-03-12T14:20:00Z');

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cms-test-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** `openssl cms -verify` against the certificate the signature carries; resolves with its exit code. */
async function opensslVerify(
  content: Uint8Array,
  signature: Uint8Array,
): Promise<{ code: number; output: string }> {
  const { identity } = await testSigningIdentity();
  await writeFile(join(folder, 'manifest.json'), content);
  await writeFile(join(folder, 'manifest.json.p7s'), signature);
  await writeFile(
    join(folder, 'certificate.pem'),
    `-----BEGIN CERTIFICATE-----\n${Buffer.from(identity.certificateDer)
      .toString('base64')
      .replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`,
  );
  const args = [
    'cms',
    '-verify',
    '-binary',
    '-inform',
    'DER',
    '-in',
    'manifest.json.p7s',
    '-content',
    'manifest.json',
  ];
  try {
    const { stderr } = await run(
      'openssl',
      [...args, '-CAfile', 'certificate.pem', '-purpose', 'any', '-out', '/dev/null'],
      { cwd: folder },
    );
    return { code: 0, output: stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, output: failed.stderr };
  }
}

describe('detached CMS signatures', () => {
  it('the same content and key give the same bytes, signing time included', async () => {
    const { identity } = await testSigningIdentity();
    const first = signDetached(manifest, identity, { signingTime: sealTime });
    const second = signDetached(Buffer.from(manifest), identity, { signingTime: sealTime });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('OpenSSL verifies the signature against the home certificate, and refuses changed content', async () => {
    const { identity } = await testSigningIdentity();
    const signature = signDetached(manifest, identity, { signingTime: sealTime });
    const good = await opensslVerify(manifest, signature);
    expect(good.output).toContain('Verification successful');
    expect(good.code).toBe(0);
    const changed = Buffer.from(manifest.toString().replace('"ab"', '"ac"'));
    const bad = await opensslVerify(changed, signature);
    expect(bad.code).not.toBe(0);
    expect(bad.output).toMatch(/verification failure/i);
  });

  it('the app verifies it, names the signer and reads the signing time', async () => {
    const { identity } = await testSigningIdentity();
    const check = verifyDetached(signDetached(manifest, identity, { signingTime: sealTime }), manifest);
    expect(check).toMatchObject({
      valid: true,
      certificate: { commonName: 'Rose Lodge Care Home', cqcLocationId: '1-123456789', isTestKey: true },
      signingTime: sealTime,
    });
  });

  it('says why a signature fails: changed content, another key, damaged bytes', async () => {
    const { identity } = await testSigningIdentity();
    const signature = signDetached(manifest, identity);
    const changed = verifyDetached(signature, Buffer.from(manifest.toString().replace('ab', 'ac')));
    expect(changed).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/changed after it was signed/),
    });
    expect(changed.certificate?.commonName).toBe('Rose Lodge Care Home');

    // A signature whose certificate was swapped for another home's does not pass as that home's.
    const other = await makeHomeIdentity({ homeName: 'Elm House', cqcLocationId: '' }, sealTime, {
      testKey: true,
    });
    const forged = signDetached(manifest, {
      ...other.identity,
      certificateDer: identity.certificateDer,
      certificate: identity.certificate,
    });
    expect(verifyDetached(forged, manifest)).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/not made by the key/),
    });

    const damaged = Uint8Array.from(signature);
    damaged[10] = (damaged[10] ?? 0) ^ 0xff;
    expect(verifyDetached(damaged, manifest).valid).toBe(false);
    expect(verifyDetached(new Uint8Array([1, 2, 3]), manifest)).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/cannot be read/),
    });
  });
});
