/**
 * Sealing signs the PDF with the home's key and anchors that signature in the seal event; opening
 * a document and checking the audit log then judge the PDF in the vault against that record.
 * The attack these guard against: someone with the data folder rewrites a PDF and its seal record
 * consistently, so every file hash agrees — the signature and the log still tell.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appraiserActor } from '../../../shared/audit/auditActor';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { renderAppraisalPdf } from '../../../electron/services/pdf/appraisalPdf';
import { makeHomeIdentity } from '../../../electron/services/signing/homeCertificate';
import { judgeSealSignature } from '../../../electron/handlers/sealSignature';
import { handlerSetup } from '../../fixtures/handlerDeps';
import { sampleDocument } from '../../fixtures/sampleDocument';
import { testFonts } from '../pdf/pdfTestKit';

const document = sampleDocument();
const sealer = appraiserActor(document.appraisal.id);
const actor = 'registered-manager';

async function sealedSetup() {
  const s = handlerSetup();
  const sealed = await s.call('documents:seal', { document, logo: null, actor: sealer });
  const base = join(s.dataFolder, 'vault', `${sealed.documentId}.${sealed.fingerprint.slice(0, 16)}`);
  const open = () =>
    s.call('documents:open', {
      documentId: sealed.documentId,
      expectedFingerprint: sealed.fingerprint,
      actor,
    });
  /** Replaces the vault's PDF and rewrites its seal record to match, as a careful forger would. */
  const forgePdf = (pdf: Uint8Array) => {
    writeFileSync(`${base}.pdf`, pdf);
    const seal = JSON.parse(readFileSync(`${base}.seal.json`, 'utf8')) as Record<string, unknown>;
    writeFileSync(`${base}.seal.json`, JSON.stringify({ ...seal, pdfSha256: sha256Hex(pdf) }));
  };
  const sealEvent = async () =>
    (await s.call('audit:list', { entityIds: [document.appraisal.id] })).events.find(
      (e) => e.action === 'seal',
    );
  return { s, sealed, base, open, forgePdf, sealEvent };
}

describe('signed seals', () => {
  it('the seal event records the certificate and the signature; the PDF prints the head it follows', async () => {
    const { s, sealed, open, sealEvent } = await sealedSetup();
    const status = await s.call('signing:status', undefined);
    const event = await sealEvent();
    expect(event?.facts).toMatchObject({
      kind: 'seal-signature',
      documentId: sealed.documentId,
      certificateSha256: status.certificate?.fingerprint,
      signatureSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(sealed.auditHead).toBe(event?.prevHash);
    const opened = await open();
    expect(opened.integrity.status).toBe('intact');
    expect(opened.signature).toMatchObject({
      status: 'valid',
      problem: null,
      signedBy: {
        commonName: document.home.name,
        isTestKey: true,
        fingerprint: status.certificate?.fingerprint,
      },
    });
  });

  it('the sealed PDF carries the vault’s record file, byte for byte, as record.json', async () => {
    const { base } = await sealedSetup();
    const folder = mkdtempSync(join(tmpdir(), 'attached-'));
    try {
      execFileSync('pdfdetach', ['-save', '1', '-o', join(folder, 'record.json'), `${base}.pdf`]);
      expect(readFileSync(join(folder, 'record.json')).equals(readFileSync(`${base}.json`))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a PDF changed and its seal record rewritten to match: the files agree, the signature does not', async () => {
    const { s, base, open, forgePdf } = await sealedSetup();
    const pdf = readFileSync(`${base}.pdf`);
    // A changed word on the page: the same length, so the file still parses.
    const at = pdf.indexOf('/Producer');
    pdf.write('/Producex', at, 'latin1');
    forgePdf(pdf);
    const opened = await open();
    expect(opened.integrity.status).toBe('intact');
    expect(opened.signature.status).toBe('broken');
    expect(opened.signature.problem).toMatch(/changed/i);
    const check = await s.call('audit:verify', { actor });
    expect(check.intact).toBe(true);
    expect(check.signaturesChecked).toBe(1);
    expect(check.signatureProblems).toEqual([
      expect.stringMatching(
        /^Event \d+ \(the seal of document .*\): its digital signature no longer verifies/,
      ),
    ]);
    const logged = (await s.call('audit:list', { entityIds: ['audit-log'] })).events.at(-1);
    expect(logged?.detail).toMatch(/1 document signature checked, 1 does not verify/);
  });

  it('a PDF re-signed with another key after sealing is named, though its new signature is valid', async () => {
    const { s, sealed, open, forgePdf } = await sealedSetup();
    const other = await makeHomeIdentity(
      { homeName: 'Rose Lodge Care Home', cqcLocationId: '1-123456789' },
      new Date(),
      {
        testKey: true,
      },
    );
    const resigned = await renderAppraisalPdf({
      document,
      seal: { fingerprint: sealed.fingerprint, auditHead: sealed.auditHead, signer: other.identity },
      logo: null,
      fonts: await testFonts(),
    });
    forgePdf(resigned);
    const opened = await open();
    expect(opened.signature).toMatchObject({
      status: 'broken',
      problem: expect.stringMatching(/different certificate/),
    });
    expect((await s.call('audit:verify', { actor })).signatureProblems).toHaveLength(1);
  });

  it('a valid signature that is not the one the seal event recorded is broken; one stripped away is too', async () => {
    const { base, sealEvent } = await sealedSetup();
    const pdf = readFileSync(`${base}.pdf`);
    const facts = (await sealEvent())?.facts;
    if (facts?.kind !== 'seal-signature') throw new Error('The seal event recorded no signature.');
    expect(judgeSealSignature(pdf, facts).status).toBe('valid');
    // As if the PDF had been signed again with the same key over other content.
    expect(judgeSealSignature(pdf, { ...facts, signatureSha256: 'f'.repeat(64) })).toMatchObject({
      status: 'broken',
      problem: expect.stringMatching(/not the one the audit log recorded/),
    });
    const unsigned = await renderAppraisalPdf({ document, seal: null, logo: null, fonts: await testFonts() });
    expect(judgeSealSignature(unsigned, null).status).toBe('unsigned');
    expect(judgeSealSignature(unsigned, facts)).toMatchObject({
      status: 'broken',
      problem: expect.stringMatching(/signature was removed/),
    });
  });

  it('the audit check passes over nothing: every sealed document is checked and found valid', async () => {
    const { s } = await sealedSetup();
    const check = await s.call('audit:verify', { actor });
    expect(check).toMatchObject({ intact: true, problems: [], signaturesChecked: 1, signatureProblems: [] });
  });
});
