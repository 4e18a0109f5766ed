/**
 * Reading a provider's .p12: the forms OpenSSL writes today (AES-256) and wrote before
 * (Triple DES), a chain, a password beyond ASCII; and a plain-English refusal for everything
 * the app cannot sign with.
 */
import { createPublicKey, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { p12Problems, readP12 } from '../../../electron/services/signing/p12Import';
import { SigningIdentityError } from '../../../electron/services/signing/signingIdentityError';
import { testSigningIdentity } from '../../fixtures/signingIdentity';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/p12/${name}`, import.meta.url));
const password = 'test-password';

const spki = (key: Parameters<typeof createPublicKey>[0]) =>
  createPublicKey(key).export({ format: 'der', type: 'spki' }).toString('hex');

/** A .p12 as forge writes it, from PEM/DER pieces, with the certificates in the order given. */
function forgeP12(privateKeyPem: string, certificatesDer: Uint8Array[], pass: string): Uint8Array {
  const certificates = certificatesDer.map((der) =>
    forge.pki.certificateFromAsn1(forge.asn1.fromDer(Buffer.from(der).toString('binary'))),
  );
  const asn1 = forge.pkcs12.toPkcs12Asn1(forge.pki.privateKeyFromPem(privateKeyPem), certificates, pass, {
    algorithm: 'aes256',
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SigningIdentityError);
    return (error as Error).message;
  }
  throw new Error('it was not refused');
}

describe('readP12 opens', () => {
  it("OpenSSL 3's default form (PBES2, AES-256, SHA-256 MAC), giving the key as PKCS#8 and its certificate", () => {
    const { identity, privateKeyPem } = readP12(fixture('openssl3-aes256.p12'), password);
    expect(privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(identity.certificate).toMatchObject({
      commonName: 'Test Provider Document Signing',
      organisation: 'Test Provider Ltd',
      validFrom: '2025-01-01T00:00:00.000Z',
      validTo: '2045-01-01T00:00:00.000Z',
      isTestKey: false,
    });
    expect(spki(privateKeyPem)).toBe(spki(identity.privateKey));
  });

  it('the legacy form (-legacy: Triple DES key, RC2 certificate, SHA-1 MAC), with the same key and certificate', () => {
    const modern = readP12(fixture('openssl3-aes256.p12'), password);
    const legacy = readP12(fixture('legacy-3des.p12'), password);
    expect(legacy.identity.certificate).toEqual(modern.identity.certificate);
    expect(spki(legacy.privateKeyPem)).toBe(spki(modern.privateKeyPem));
  });

  it('a chain, taking the certificate that belongs to the key, not its issuer', () => {
    expect(readP12(fixture('chain.p12'), password).identity.certificate.commonName).toBe(
      'Test Provider Chained Signing',
    );
  });

  it('a chain with the issuer first', async () => {
    const chain = readP12(fixture('chain.p12'), password);
    const { identity: other } = await testSigningIdentity();
    const issuerFirst = forgeP12(
      chain.privateKeyPem,
      [other.certificateDer, chain.identity.certificateDer],
      'pw',
    );
    expect(readP12(issuerFirst, 'pw').identity.certificate.commonName).toBe('Test Provider Chained Signing');
  });

  it('a file with a password beyond ASCII (UTF-8 for the AES key, UTF-16 for the MAC)', () => {
    expect(readP12(fixture('non-ascii-password.p12'), 'Pässwörd£').identity.certificate.commonName).toBe(
      'Test Provider Document Signing',
    );
  });

  it('a .p12 forge writes (another tool, AES)', async () => {
    const { identity, privateKeyPem } = await testSigningIdentity();
    const read = readP12(forgeP12(privateKeyPem, [identity.certificateDer], 'secret'), 'secret');
    expect(read.identity.certificate).toEqual(identity.certificate);
  });
});

describe('readP12 refuses, in plain English', () => {
  it.each([
    ['a wrong password (AES)', 'openssl3-aes256.p12', 'test-passwordx'],
    ['a wrong password (Triple DES)', 'legacy-3des.p12', 'Test-password'],
    ['a wrong password beyond ASCII', 'non-ascii-password.p12', 'Passwörd£'],
    ['no password for a file that has one', 'openssl3-aes256.p12', ''],
  ])('%s', (_, file, given) => {
    expect(refusal(() => readP12(fixture(file), given))).toBe(p12Problems.wrongPassword);
  });

  it('an elliptic-curve key, saying the app needs an RSA document-signing certificate', () => {
    const message = refusal(() => readP12(fixture('ec-key.p12'), password));
    expect(message).toBe(p12Problems.notRsa);
    expect(message).toMatch(/needs an RSA document-signing certificate/);
  });

  it('a file protected with a cipher forge cannot open (Camellia)', () => {
    expect(refusal(() => readP12(fixture('camellia.p12'), password))).toBe(p12Problems.unsupportedEncryption);
  });

  it('a file with a certificate and no key', () => {
    expect(refusal(() => readP12(fixture('no-key.p12'), password))).toBe(p12Problems.noKey);
  });

  it('a key with a certificate that is not its own', async () => {
    const { privateKeyPem } = readP12(fixture('openssl3-aes256.p12'), password);
    const { identity: other } = await testSigningIdentity();
    const mismatched = forgeP12(privateKeyPem, [other.certificateDer], 'pw');
    expect(refusal(() => readP12(mismatched, 'pw'))).toBe(p12Problems.noMatchingCertificate);
  });

  it.each([
    ['random bytes', () => randomBytes(2000)],
    ['a text file', () => fixture('README.md')],
    ['half a .p12', () => fixture('openssl3-aes256.p12').subarray(0, 1400)],
    [
      'a certificate alone (DER)',
      () => Buffer.from(readP12(fixture('chain.p12'), password).identity.certificateDer),
    ],
  ])('%s as not a .p12 or damaged', (_, bytes) => {
    expect(refusal(() => readP12(bytes(), password))).toBe(p12Problems.notP12);
  });

  it('with messages that say nothing was imported and what to do', () => {
    for (const message of Object.values(p12Problems)) {
      expect(message).toMatch(/^[A-Z]/);
      expect(message).toMatch(/nothing was imported/);
      expect(message).not.toMatch(/PKCS#8|ASN\.1|forge|undefined/);
    }
  });
});
