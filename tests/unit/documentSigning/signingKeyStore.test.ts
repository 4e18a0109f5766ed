/**
 * The home's signing key store: made once at first use and logged, kept across restarts,
 * replaced (and logged, the old certificate kept) when its key cannot be unlocked on this PC,
 * on request or by a .p12 import; never replaced by a refused import or a PC that cannot
 * protect a key just now.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../electron/handlers/userFacingError';
import { openAuditLog, type AuditLog } from '../../../electron/services/audit/auditLog';
import { signDetached, verifyDetached } from '../../../electron/services/signing/cms';
import type { KeyProtector } from '../../../electron/services/signing/keyProtector';
import { openSigningKeys } from '../../../electron/services/signing/signingKeyStore';
import type { SigningKeys } from '../../../electron/services/signing/signingKeys';
import type { AuditEvent } from '../../../shared/audit/auditEvent';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { testKeyProtector } from '../../fixtures/testKeyProtector';

const home = { homeName: 'Rose Lodge Care Home', cqcLocationId: '1-123456789' };
const actor = 'registered-manager';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/p12/${name}`, import.meta.url));
const password = 'test-password';

/**
 * A protector that really encrypts, with a secret of "this PC": what safeStorage does. Another
 * PC (another secret) cannot unlock it; `unavailable` is a PC whose secure storage is not ready.
 */
function pcProtector(secret = randomBytes(32), options: { unavailable?: boolean } = {}): KeyProtector {
  const refuse = () => {
    throw new Error('secure storage is not available');
  };
  return {
    protection: 'operating-system',
    protect: (text) => {
      if (options.unavailable === true) refuse();
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    unprotect: (data) => {
      if (options.unavailable === true) refuse();
      const decipher = createDecipheriv('aes-256-gcm', secret, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

let folder: string;
let clock: Date;
let audit: AuditLog;
const now = () => clock;

function open(protector: KeyProtector = testKeyProtector): SigningKeys {
  audit = openAuditLog({ dataFolder: folder, now });
  return openSigningKeys({ dataFolder: folder, protector, now, audit });
}

const keyFile = () => join(folder, 'signing', 'signing-key.json');
const retired = () =>
  existsSync(join(folder, 'signing', 'retired')) ? readdirSync(join(folder, 'signing', 'retired')) : [];
async function keyEvents(): Promise<AuditEvent[]> {
  return audit.list(['document-signing']);
}
const factsOf = (event: AuditEvent | undefined) => event?.facts;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'signing-keys-'));
  clock = new Date('2026-03-12T14:20:00.000Z');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the first key', () => {
  it('has no key and says so before anything is signed', async () => {
    expect(await open().status()).toEqual({
      certificate: null,
      source: null,
      protection: null,
      since: null,
      usable: false,
    });
    expect(existsSync(keyFile())).toBe(false);
  });

  it('is made at first use, names the home, is marked as a test key with the test protector, and is logged', async () => {
    const keys = open();
    const identity = await keys.current(home, actor);
    expect(identity.certificate).toMatchObject({
      commonName: 'Rose Lodge Care Home',
      cqcLocationId: '1-123456789',
      isTestKey: true,
    });
    const events = await keyEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor,
      action: 'signing-key',
      entityId: 'document-signing',
      fingerprint: null,
    });
    expect(factsOf(events[0])).toEqual({
      kind: 'signing-key',
      change: 'created',
      reason: 'first-use',
      certificateSha256: identity.certificate.fingerprint,
    });
    expect(events[0]?.detail).not.toMatch(/Rose Lodge/);
    expect(await keys.status()).toEqual({
      certificate: identity.certificate,
      source: 'made-here',
      protection: 'test-key',
      since: '2026-03-12T14:20:00.000Z',
      usable: true,
    });
  });

  it('is not put in place when it cannot be logged: a key that signs always has its event', async () => {
    const keys = open();
    await expect(keys.current(home, 'someone else')).rejects.toThrow(/audit event was not written/);
    expect(existsSync(keyFile())).toBe(false);
    await keys.current(home, actor);
    expect(await keyEvents()).toHaveLength(1);
  });

  it('is a real (unmarked) key with a real protector', async () => {
    const identity = await open(pcProtector()).current(home, actor);
    expect(identity.certificate.isTestKey).toBe(false);
  });

  it('is made once when two seals ask for it at the same time', async () => {
    const keys = open();
    const [a, b] = await Promise.all([keys.current(home, actor), keys.current(home, actor)]);
    expect(a.certificate.fingerprint).toBe(b.certificate.fingerprint);
    expect(await keyEvents()).toHaveLength(1);
  });

  it('is kept encrypted by the protector: the key file holds no readable key', async () => {
    const keys = open(pcProtector());
    const identity = await keys.current(home, actor);
    const pem = identity.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const body = pem.split('\n').slice(1, -2).join('');
    const stored = readFileSync(keyFile(), 'utf8');
    expect(stored).not.toContain('PRIVATE KEY');
    expect(stored).not.toContain(body.slice(0, 40));
    expect(stored).not.toContain(Buffer.from(pem).toString('base64').slice(0, 40));
    // The certificate itself is public, and kept as it is.
    expect(stored).toContain(Buffer.from(identity.certificateDer).toString('base64'));
  });
});

describe('across a restart', () => {
  it('signs with the same certificate and key, without making or logging another', async () => {
    const protector = pcProtector();
    const first = await open(protector).current(home, actor);
    clock = new Date('2026-04-01T09:00:00.000Z');
    const again = await open(protector).current(home, actor);
    expect(Buffer.from(again.certificateDer).equals(Buffer.from(first.certificateDer))).toBe(true);
    const content = Buffer.from('{"record":1}');
    // A signature made after the restart verifies against the certificate made before it.
    const check = verifyDetached(signDetached(content, again), content);
    expect(check.valid && check.certificate.fingerprint).toBe(first.certificate.fingerprint);
    expect(await keyEvents()).toHaveLength(1);
    expect((await open(protector).status()).since).toBe('2026-03-12T14:20:00.000Z');
  });
});

describe('a key this PC cannot unlock', () => {
  it('(a data folder copied from another PC) is replaced by a new one, logged as key-unreadable, the old certificate kept', async () => {
    const old = await open(pcProtector()).current(home, actor);
    const keys = open(pcProtector());
    // Settings says so before any seal: the stored certificate, its key not usable here.
    expect(await keys.status()).toMatchObject({
      usable: false,
      certificate: { fingerprint: old.certificate.fingerprint },
    });
    expect(await keyEvents()).toHaveLength(1);
    const fresh = await keys.current(home, actor);
    expect(fresh.certificate.fingerprint).not.toBe(old.certificate.fingerprint);
    const events = await keyEvents();
    expect(events.map((e) => factsOf(e))).toEqual([
      expect.objectContaining({ reason: 'first-use', certificateSha256: old.certificate.fingerprint }),
      {
        kind: 'signing-key',
        change: 'created',
        reason: 'key-unreadable',
        certificateSha256: fresh.certificate.fingerprint,
      },
    ]);
    expect(retired()).toEqual([`${old.certificate.fingerprint}.cer`]);
    const kept = readFileSync(join(folder, 'signing', 'retired', `${old.certificate.fingerprint}.cer`));
    expect(sha256Hex(kept)).toBe(old.certificate.fingerprint);
    expect(await keys.status()).toMatchObject({
      usable: true,
      certificate: { fingerprint: fresh.certificate.fingerprint },
    });
  });

  it('(a damaged key file) is replaced by a new one, logged as key-unreadable', async () => {
    await open().current(home, actor);
    writeFileSync(keyFile(), '{"format":"care-appraisals-signing-key", "certif');
    const fresh = await open().current(home, actor);
    expect(factsOf((await keyEvents()).at(-1))).toMatchObject({
      reason: 'key-unreadable',
      certificateSha256: fresh.certificate.fingerprint,
    });
  });

  it('(a certificate swapped in the key file) is not used with a key that is not its own', async () => {
    const protector = pcProtector();
    const keys = open(protector);
    const first = await keys.current(home, actor);
    const firstFile = JSON.parse(readFileSync(keyFile(), 'utf8')) as Record<string, string>;
    await keys.makeNew(home, actor);
    const second = JSON.parse(readFileSync(keyFile(), 'utf8')) as Record<string, string>;
    // The second key under the first certificate (fingerprint fixed up to match).
    writeFileSync(
      keyFile(),
      JSON.stringify({
        ...second,
        certificate: firstFile['certificate'],
        certificateSha256: first.certificate.fingerprint,
      }),
    );
    const identity = await open(protector).current(home, actor);
    expect(identity.certificate.fingerprint).not.toBe(first.certificate.fingerprint);
    expect(factsOf((await keyEvents()).at(-1))).toMatchObject({ reason: 'key-unreadable' });
  });

  it('is left exactly as it was when this PC cannot protect a new key just now (nothing logged)', async () => {
    const secret = randomBytes(32);
    await open(pcProtector(secret)).current(home, actor);
    const before = readFileSync(keyFile());
    const eventsBefore = (await keyEvents()).length;
    const keys = open(pcProtector(secret, { unavailable: true }));
    await expect(keys.current(home, actor)).rejects.toThrow(UserFacingError);
    await expect(keys.current(home, actor)).rejects.toThrow(
      /could not be stored safely on this PC.*Nothing was changed/,
    );
    expect(readFileSync(keyFile()).equals(before)).toBe(true);
    expect(retired()).toEqual([]);
    expect(await keyEvents()).toHaveLength(eventsBefore);
    // Once the PC's storage is back, the same key is used again.
    const back = await open(pcProtector(secret)).current(home, actor);
    expect(sha256Hex(back.certificateDer)).toBe(
      (JSON.parse(before.toString()) as { certificateSha256: string }).certificateSha256,
    );
  });
});

describe('a new certificate on request', () => {
  it('replaces the key for new documents, is logged as requested, and keeps the old certificate only', async () => {
    const keys = open();
    const old = await keys.current(home, actor);
    clock = new Date('2026-05-01T10:00:00.000Z');
    const status = await keys.makeNew({ homeName: 'Rose Lodge', cqcLocationId: '' }, actor);
    expect(status).toMatchObject({ source: 'made-here', since: '2026-05-01T10:00:00.000Z' });
    expect(status.certificate?.commonName).toBe('Rose Lodge');
    expect(status.certificate?.fingerprint).not.toBe(old.certificate.fingerprint);
    expect((await keys.current(home, actor)).certificate.fingerprint).toBe(status.certificate?.fingerprint);
    expect(factsOf((await keyEvents()).at(-1))).toEqual({
      kind: 'signing-key',
      change: 'created',
      reason: 'requested',
      certificateSha256: status.certificate?.fingerprint,
    });
    expect(retired()).toEqual([`${old.certificate.fingerprint}.cer`]);
    // One key on disk: the new one.
    expect(readdirSync(join(folder, 'signing')).sort()).toEqual(['retired', 'signing-key.json']);
  });
});

describe('importing a .p12', () => {
  it('uses the provider certificate from then on, logged as imported with its fingerprint', async () => {
    const keys = open();
    const old = await keys.current(home, actor);
    const status = await keys.importP12(fixture('openssl3-aes256.p12'), password, actor);
    expect(status).toMatchObject({
      source: 'imported',
      protection: 'test-key',
      since: '2026-03-12T14:20:00.000Z',
    });
    expect(status.certificate?.commonName).toBe('Test Provider Document Signing');
    const identity = await keys.current(home, actor);
    expect(identity.certificate).toEqual(status.certificate);
    expect(factsOf((await keyEvents()).at(-1))).toEqual({
      kind: 'signing-key',
      change: 'imported',
      reason: 'requested',
      certificateSha256: status.certificate?.fingerprint,
    });
    expect(retired()).toEqual([`${old.certificate.fingerprint}.cer`]);
    // Kept across a restart.
    expect((await open().current(home, actor)).certificate.fingerprint).toBe(status.certificate?.fingerprint);
  });

  it('reads the legacy Triple DES form too', async () => {
    const status = await open().importP12(fixture('legacy-3des.p12'), password, actor);
    expect(status.certificate?.commonName).toBe('Test Provider Document Signing');
  });

  it.each([
    [
      'a wrong password',
      'openssl3-aes256.p12',
      'not the password',
      /^The password is not right for this file/,
    ],
    [
      'a wrong password (Triple DES)',
      'legacy-3des.p12',
      'Test-password',
      /^The password is not right for this file/,
    ],
    ['an elliptic-curve key', 'ec-key.p12', password, /needs an RSA document-signing certificate/],
    ['a file without its key', 'no-key.p12', password, /not its private key/],
    ['an expired certificate', 'expired.p12', password, /expired on 1 January 2021, so it was not imported/],
    ['a certificate not yet valid', 'not-yet-valid.p12', password, /is not valid until 1 January 2040/],
    ['a file that is not a .p12', 'README.md', password, /is not a \.p12 \(PKCS#12\) certificate file/],
  ])('refuses %s in plain English and changes nothing', async (_, file, given, message) => {
    const keys = open();
    const before = await keys.current(home, actor);
    const beforeFile = readFileSync(keyFile());
    const events = (await keyEvents()).length;
    const refusal = keys.importP12(fixture(file), given, actor);
    await expect(refusal).rejects.toThrow(UserFacingError);
    await expect(refusal).rejects.toThrow(message);
    expect((await keys.current(home, actor)).certificate.fingerprint).toBe(before.certificate.fingerprint);
    expect(readFileSync(keyFile()).equals(beforeFile)).toBe(true);
    expect(await keyEvents()).toHaveLength(events);
    expect(retired()).toEqual([]);
  });

  it('refuses random bytes', async () => {
    await expect(open().importP12(randomBytes(3000), password, actor)).rejects.toThrow(
      /not a \.p12 \(PKCS#12\) certificate file, or it is damaged/,
    );
  });

  it('signs nothing with an imported certificate once it has expired, and says what to do', async () => {
    const keys = open();
    await keys.importP12(fixture('openssl3-aes256.p12'), password, actor);
    clock = new Date('2045-01-02T00:00:00.000Z');
    await expect(keys.current(home, actor)).rejects.toThrow(UserFacingError);
    await expect(keys.current(home, actor)).rejects.toThrow(
      /expired on 1 January 2045.*Settings → Document signing, import a new certificate or make a new one/,
    );
    // Nothing was replaced behind the manager's back.
    expect(await keyEvents()).toHaveLength(1);
  });
});

describe('housekeeping', () => {
  it('removes a key file left half-written by a crash before its rename', async () => {
    mkdirSync(join(folder, 'signing'), { recursive: true });
    const stray = join(folder, 'signing', '.signing-key.json.a1b2c3d4e5f6.tmp');
    writeFileSync(stray, '{"protectedKey":"…"}');
    await open().status();
    expect(existsSync(stray)).toBe(false);
  });
});
