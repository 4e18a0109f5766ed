/**
 * The signing:* channels through dispatch, as Settings → Document signing calls them: what
 * the home signs with, a new certificate, a .p12 import. The window gets a SigningStatus and
 * plain-English refusals, never the key; every change is in the audit log with the
 * certificate's fingerprint; and the key outlives a restart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, openDataFolder } from '../../../electron/handlers/createHandlers';
import { signDetached, verifyDetached } from '../../../electron/services/signing/cms';
import { testKeyUnit } from '../../../shared/documentSigning/certificateSummary';
import { signingStatusSchema } from '../../../shared/documentSigning/signingStatus';
import { handlerSetup, type HandlerSetup } from '../../fixtures/handlerDeps';
import { testKeyProtector } from '../../fixtures/testKeyProtector';
import { auditEvents } from '../handlers/dataFolderState';
import { sampleDocument } from '../../fixtures/sampleDocument';
import { appraiserActor } from '../../../shared/audit/auditActor';

const actor = 'registered-manager';
const home = { name: 'Willow Bank Care Home', cqcLocationId: '1-987654321' };
const p12 = (name: string) =>
  readFileSync(new URL(`../../fixtures/p12/${name}`, import.meta.url)).toString('base64');
const importRequest = (name = 'openssl3-aes256.p12', password = 'test-password') => ({
  fileName: 'Document signing.p12',
  base64: p12(name),
  password,
  actor,
});

let s: HandlerSetup;
afterEach(() => s.remove());

const keyEvents = () => auditEvents(s.dataFolder).filter((event) => event.action === 'signing-key');

/** Everything the window was sent, as one text, to look for key material in. */
const sent: unknown[] = [];
const call: HandlerSetup['call'] = async (channel, request) => {
  const value = await s.call(channel, request);
  sent.push(value);
  return value;
};

describe('signing:status', () => {
  it('says there is no key yet, and makes none', async () => {
    s = handlerSetup();
    expect(await call('signing:status', undefined)).toEqual({
      certificate: null,
      source: null,
      protection: null,
      since: null,
      usable: false,
    });
    expect(existsSync(join(s.dataFolder, 'signing', 'signing-key.json'))).toBe(false);
  });
});

describe('signing:newCertificate', () => {
  it("makes a certificate naming the home (a marked test key in the harness) and logs it with the certificate's fingerprint", async () => {
    s = handlerSetup();
    const status = await call('signing:newCertificate', { home, actor });
    expect(signingStatusSchema.parse(status)).toEqual(status);
    expect(status).toMatchObject({
      source: 'made-here',
      protection: 'test-key',
      since: '2026-03-12T14:20:00.000Z',
    });
    expect(status.certificate).toMatchObject({
      commonName: 'Willow Bank Care Home',
      cqcLocationId: '1-987654321',
      isTestKey: true,
    });
    expect(status.certificate?.subject).toContain(testKeyUnit);
    expect(await call('signing:status', undefined)).toEqual(status);
    const [event] = keyEvents();
    expect(keyEvents()).toHaveLength(1);
    expect(event).toMatchObject({ actor, entityId: 'document-signing', fingerprint: null });
    expect(event?.facts).toEqual({
      kind: 'signing-key',
      change: 'created',
      reason: 'requested',
      certificateSha256: status.certificate?.fingerprint,
    });
    // The log names no home, no person.
    expect(event?.detail).not.toContain('Willow');
  });

  it('is kept across a restart: new handlers over the same data folder sign with the same certificate', async () => {
    s = handlerSetup();
    const made = await call('signing:newCertificate', { home, actor });
    // Restarted as the app starts: the stores opened again over the same folder.
    const services = openDataFolder(s.dataFolder, () => s.deps.now(), testKeyProtector);
    s.handlers = createHandlers(s.deps, services);
    expect(await call('signing:status', undefined)).toEqual(made);
    const identity = await services.signing.current(
      { homeName: home.name, cqcLocationId: home.cqcLocationId },
      actor,
    );
    const content = Buffer.from('manifest');
    const check = verifyDetached(signDetached(content, identity), content);
    expect(check.valid && check.certificate.fingerprint).toBe(made.certificate?.fingerprint);
    expect(keyEvents()).toHaveLength(1);
  });
});

describe('sealing', () => {
  it('makes the key at the first seal, and seals after a restart with the same certificate', async () => {
    s = handlerSetup();
    const seal = (id: string) => {
      const document = sampleDocument({ appraisal: { id } });
      return s.call('documents:seal', { document, logo: null, actor: appraiserActor(id) });
    };
    await seal('appraisal-before-restart');
    const status = await call('signing:status', undefined);
    expect(status.source).toBe('made-here');
    s.restart();
    await seal('appraisal-after-restart');
    const signers = auditEvents(s.dataFolder)
      .filter((event) => event.action === 'seal')
      .map((event) => (event.facts?.kind === 'seal-signature' ? event.facts.certificateSha256 : null));
    expect(signers).toEqual([status.certificate?.fingerprint, status.certificate?.fingerprint]);
    expect(keyEvents().map((event) => event.facts)).toEqual([
      expect.objectContaining({ change: 'created', reason: 'first-use' }),
    ]);
  });
});

describe('signing:importP12', () => {
  it('imports a provider certificate (OpenSSL 3, AES), used from then on, and logs it', async () => {
    s = handlerSetup();
    const made = await call('signing:newCertificate', { home, actor });
    const status = await call('signing:importP12', importRequest());
    expect(status).toMatchObject({ source: 'imported', protection: 'test-key' });
    expect(status.certificate).toMatchObject({
      commonName: 'Test Provider Document Signing',
      isTestKey: false,
    });
    expect(keyEvents().map((event) => event.facts)).toEqual([
      expect.objectContaining({ change: 'created', certificateSha256: made.certificate?.fingerprint }),
      {
        kind: 'signing-key',
        change: 'imported',
        reason: 'requested',
        certificateSha256: status.certificate?.fingerprint,
      },
    ]);
    s.restart();
    expect(await call('signing:status', undefined)).toEqual(status);
  });

  it('seals with the imported certificate', async () => {
    s = handlerSetup();
    const imported = await call('signing:importP12', importRequest());
    const document = sampleDocument();
    await s.call('documents:seal', { document, logo: null, actor: appraiserActor(document.appraisal.id) });
    const seal = auditEvents(s.dataFolder).find((event) => event.action === 'seal');
    expect(seal?.facts).toMatchObject({
      kind: 'seal-signature',
      certificateSha256: imported.certificate?.fingerprint,
    });
    expect(keyEvents()).toHaveLength(1);
  });

  it('imports the legacy Triple DES form', async () => {
    s = handlerSetup();
    expect((await call('signing:importP12', importRequest('legacy-3des.p12'))).source).toBe('imported');
  });

  it.each([
    [
      'a wrong password',
      importRequest('openssl3-aes256.p12', 'wrong'),
      /^The password is not right for this file/,
    ],
    [
      'an elliptic-curve key',
      importRequest('ec-key.p12'),
      /Care Appraisals needs an RSA document-signing certificate/,
    ],
    [
      'an expired certificate',
      importRequest('expired.p12'),
      /expired on 1 January 2021, so it was not imported/,
    ],
    [
      'a file that is not a .p12',
      { ...importRequest(), base64: Buffer.from('hello').toString('base64') },
      /not a \.p12/,
    ],
    [
      'text that is not base64',
      { ...importRequest(), base64: 'not base64!' },
      /did not reach Care Appraisals intact/,
    ],
  ])('refuses %s in plain English, and the current key stays', async (_, request, message) => {
    s = handlerSetup();
    const before = await call('signing:newCertificate', { home, actor });
    await expect(s.call('signing:importP12', request)).rejects.toThrow(message);
    expect(await call('signing:status', undefined)).toEqual(before);
    expect(keyEvents()).toHaveLength(1);
    expect(s.errors).toEqual([]);
  });
});

describe('the key never reaches the window', () => {
  it('in any reply, nor in the audit log', async () => {
    s = handlerSetup();
    sent.length = 0;
    await call('signing:status', undefined);
    await call('signing:newCertificate', { home, actor });
    await call('signing:importP12', importRequest());
    await call('signing:status', undefined);
    const keyFile = JSON.parse(readFileSync(join(s.dataFolder, 'signing', 'signing-key.json'), 'utf8')) as {
      protectedKey: string;
    };
    const replies = JSON.stringify(sent);
    expect(replies).not.toContain('PRIVATE KEY');
    expect(replies).not.toContain(keyFile.protectedKey.slice(0, 40));
    expect(replies).not.toMatch(/protectedKey|privateKey/);
    const log = JSON.stringify(auditEvents(s.dataFolder));
    expect(log).not.toContain('PRIVATE KEY');
    expect(log).not.toContain(keyFile.protectedKey.slice(0, 40));
  });
});
