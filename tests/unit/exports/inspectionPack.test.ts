/**
 * The inspection pack end to end: real sealed documents in a temp data folder, the real
 * handlers, the ZIP unpacked with fflate and every file checked.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { certificatePem, signManifest } from '../../../electron/services/exports/manifestSignature';
import { makeHomeIdentity } from '../../../electron/services/signing/homeCertificate';
import { sha256Hex } from '../../../shared/integrity/sha256';
import type { PackCheck } from '../../../shared/exports/exportJob';
import { actor, amendmentOf, appraisalOf, compliance, exportSetup, home, preparedBy } from './exportSetup';

/** A check of a pack the manager chose (the dialog was answered). */
function chosen(check: PackCheck): Extract<PackCheck, { chosen: true }> {
  if (!check.chosen) throw new Error('no pack was chosen');
  return check;
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

async function seeded() {
  const s = exportSetup();
  const hoa = await s.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2026-03-10'));
  const stefan = await s.seal(appraisalOf('a2', 's2', 'Ștefan Țurcanu', '2025-06-01'));
  const stefanV2 = await s.seal(amendmentOf(stefan));
  const old = await s.seal(appraisalOf('a3', 's2', 'Ștefan Țurcanu', '2024-02-01'));
  return { ...s, hoa, stefan, stefanV2, old };
}

const packRequest = (extra: object = {}) => ({
  jobId: 'job-12345678',
  from: '2025-04-01',
  to: '2026-04-01',
  home,
  logo: null,
  compliance,
  preparedBy,
  actor,
  ...extra,
});

describe('export:inspectionPack', () => {
  it('holds every file, each matching the manifest; PDFs byte for byte from the vault; only the range', async () => {
    const s = await seeded();
    const result = await s.call('export:inspectionPack', packRequest());
    expect(result).toMatchObject({
      outcome: 'saved',
      documents: 3,
      fileName: 'Inspection pack - Willow Bank Care Home - 2026-04-01.zip',
      warning: null,
    });
    if (result.outcome !== 'saved') return;
    expect(readdirSync(s.savedFolder)).toEqual([result.fileName]);
    const zip = readFileSync(join(s.savedFolder, result.fileName));
    const files = unzipSync(zip);
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      'README.txt',
      'audit-log.json',
      'compliance-summary.pdf',
      'index.csv',
      'manifest.json',
      'manifest.json.p7s',
      'pdf/2025-06-01 Stefan Turcanu v1 a2.pdf',
      'pdf/2025-06-01 Stefan Turcanu v2 a2.pdf',
      'pdf/2026-03-10 Nguyen Thi Hoa v1 a1.pdf',
      'records.json',
      'signing-certificate.pem',
    ]);
    const manifest = JSON.parse(text(files['manifest.json'])) as {
      files: { name: string; sha256: string; bytes: number }[];
    };
    // Every file but the manifest and its signature, which cannot list themselves.
    expect(manifest.files.map((f) => f.name).sort()).toEqual(
      names.filter((n) => n !== 'manifest.json' && n !== 'manifest.json.p7s'),
    );
    expect(result.files).toBe(names.length);
    for (const file of manifest.files)
      expect(sha256Hex(files[file.name] ?? new Uint8Array())).toBe(file.sha256);
    // The vault's PDF, byte for byte.
    const vaultPdf = readdirSync(join(s.dataFolder, 'vault')).find(
      (n) => n.startsWith('a1-v1.') && n.endsWith('.pdf'),
    );
    expect(files['pdf/2026-03-10 Nguyen Thi Hoa v1 a1.pdf']).toEqual(
      new Uint8Array(readFileSync(join(s.dataFolder, 'vault', vaultPdf ?? ''))),
    );
    // index.csv: the records list's own CSV (the same header and words as the app's), plus the PDF file.
    const csv = text(files['index.csv']);
    expect(csv.startsWith('\uFEFFStaff member,Role,Team')).toBe(true);
    expect(csv.split('\r\n')[0]?.endsWith(',Fingerprint (SHA-256),PDF file')).toBe(true);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.endsWith(',pdf/2025-06-01 Stefan Turcanu v1 a2.pdf'))).toContain(
      ',Replaced by an amendment,1,',
    );
    expect(rows.find((r) => r.endsWith(',pdf/2025-06-01 Stefan Turcanu v2 a2.pdf'))).toContain(',Signed,');
    expect(csv).toContain('Nguyễn Thị Hoa');
    expect(csv).not.toContain('a3-v1');
    // records.json: full records with their fingerprints.
    const records = JSON.parse(text(files['records.json'])) as {
      count: number;
      records: { documentId: string; fingerprint: string; status: string; pdfFile: string }[];
    };
    expect(records.count).toBe(3);
    expect(records.records.find((r) => r.documentId === 'a1-v1')?.pdfFile).toBe(
      'pdf/2026-03-10 Nguyen Thi Hoa v1 a1.pdf',
    );
    expect(records.records.find((r) => r.documentId === 'a2-v1')?.status).toBe('superseded');
    // The whole audit chain, checked.
    const auditLog = JSON.parse(text(files['audit-log.json'])) as {
      count: number;
      checked: { intact: boolean };
      events: unknown[];
    };
    expect(auditLog.checked.intact).toBe(true);
    // Four seals and the signing key's creation, at the first seal.
    expect(auditLog.count).toBe(5);
    expect(text(files['README.txt'])).toContain('certutil -hashfile <file> SHA256');
    expect(text(files['compliance-summary.pdf']).startsWith('%PDF')).toBe(true);
    // Progress at least once per document, and the export logged.
    expect(
      s
        .progress()
        .filter((p) => p.stage === 'Adding the signed PDFs')
        .map((p) => p.done),
    ).toEqual([1, 2, 3]);
    // The README names who made it; the log names them by id only.
    expect(text(files['README.txt'])).toContain(preparedBy);
    const events = await s.handlers['audit:list']({ entityIds: ['inspection-pack'] });
    expect(events.events.map((e) => [e.action, e.actor])).toEqual([['export', 'registered-manager']]);
    expect(JSON.stringify(events.events)).not.toContain(preparedBy);
  });

  it('a home with nothing sealed yet gets its signing key first, logged, and the pack is signed with it', async () => {
    const s = exportSetup();
    const result = await s.call('export:inspectionPack', packRequest());
    if (result.outcome !== 'saved') throw new Error('not saved');
    s.openAnswers.push(join(s.savedFolder, result.fileName));
    const check = chosen(await s.call('export:verifyPack', { actor }));
    expect(check).toMatchObject({ intact: true, signature: { status: 'valid' } });
    const status = await s.call('signing:status', undefined);
    expect(check.signature.signedBy?.fingerprint).toBe(status.certificate?.fingerprint);
    const log = await s.handlers['audit:list']({ entityIds: ['document-signing', 'inspection-pack'] });
    expect(log.events.map((e) => e.action)).toEqual(['signing-key', 'export', 'verify']);
  });

  it('answers not-saved and writes nothing when the manager closes the save dialog', async () => {
    const s = await seeded();
    s.saveAnswers.push('cancel');
    expect(await s.call('export:inspectionPack', packRequest())).toEqual({ outcome: 'not-saved' });
    expect(readdirSync(s.savedFolder)).toEqual([]);
  });

  /** The manager presses Cancel when the progress bar first shows `done` in `stage`. */
  function cancelAt(s: Awaited<ReturnType<typeof seeded>>, stage: string, done: number) {
    s.emitListeners.push(({ event, payload: p }) => {
      if (event === 'export:progress' && p.stage === stage && p.done === done)
        void s.call('export:cancel', { jobId: 'job-12345678' });
    });
  }

  it('cancelled mid-pack leaves no file, not even a partial one', async () => {
    const s = await seeded();
    cancelAt(s, 'Adding the signed records', 1);
    expect(await s.call('export:inspectionPack', packRequest())).toEqual({ outcome: 'cancelled' });
    expect(readdirSync(s.savedFolder)).toEqual([]);
  });

  it('cancelled while the signed records are read, stops reading there and leaves no file', async () => {
    const s = await seeded();
    cancelAt(s, 'Reading the signed records', 1);
    expect(await s.call('export:inspectionPack', packRequest())).toEqual({ outcome: 'cancelled' });
    // A large vault takes minutes to read: the progress bar stops where the manager cancelled.
    expect(s.progress().map((p) => `${p.stage} ${p.done}`)).toEqual([
      'Getting ready 0',
      'Reading the signed records 1',
    ]);
    expect(readdirSync(s.savedFolder)).toEqual([]);
  });

  it('a vault document that is not as sealed stops the pack, is named, and leaves nothing', async () => {
    const s = await seeded();
    const vault = join(s.dataFolder, 'vault');
    const pdf = readdirSync(vault).find((n) => n.startsWith('a2-v2.') && n.endsWith('.pdf')) ?? '';
    const bytes = readFileSync(join(vault, pdf));
    bytes.writeUInt8((bytes.at(-20) ?? 0) ^ 1, bytes.length - 20);
    writeFileSync(join(vault, pdf), bytes);
    await expect(s.call('export:inspectionPack', packRequest())).rejects.toThrow(
      /a2-v2 has a PDF that was changed/,
    );
    expect(readdirSync(s.savedFolder)).toEqual([]);
  });
});

describe('export:verifyPack', () => {
  async function packed() {
    const s = await seeded();
    const result = await s.call('export:inspectionPack', packRequest());
    if (result.outcome !== 'saved') throw new Error('not saved');
    const path = join(s.savedFolder, result.fileName);
    const verify = async (files: Record<string, Uint8Array>) => {
      const tampered = join(s.savedFolder, 'tampered.zip');
      writeFileSync(tampered, zipSync(files));
      s.openAnswers.push(tampered);
      return chosen(await s.call('export:verifyPack', { actor }));
    };
    return { ...s, path, files: unzipSync(readFileSync(path)), verify };
  }

  it('finds a pack as made intact', async () => {
    const s = await packed();
    s.openAnswers.push(s.path);
    const check = chosen(await s.call('export:verifyPack', { actor }));
    expect(check).toMatchObject({ chosen: true, intact: true, problems: [] });
    expect(check.auditChain).toMatchObject({ intact: true, count: 5 });
    // Signed with the home's key (made at the first seal), naming the home (a test key here).
    expect(check.signature).toMatchObject({ status: 'valid', problem: null });
    expect(check.signature.signedBy).toMatchObject({
      commonName: home.name,
      cqcLocationId: home.cqcLocationId,
      isTestKey: true,
    });
    const status = await s.call('signing:status', undefined);
    expect(check.signature.signedBy?.fingerprint).toBe(status.certificate?.fingerprint);
    // The check is logged with the certificate's fingerprint, never a name.
    const checked = (await s.handlers['audit:list']({ entityIds: ['inspection-pack'] })).events.at(-1);
    expect(checked?.detail).toBe(
      `Checked a pack: signed with certificate ${status.certificate?.fingerprint}; every file matches its manifest and the audit chain holds.`,
    );
  });

  it('a pack re-signed by someone else with a certificate in the home’s name is not the home’s', async () => {
    const s = await packed();
    // A forger's own key and certificate, naming the same home.
    const forger = await makeHomeIdentity(
      { homeName: home.name, cqcLocationId: home.cqcLocationId },
      new Date('2026-03-01T00:00:00Z'),
      { testKey: true },
    );
    const manifest = s.files['manifest.json'] ?? new Uint8Array();
    const check = await s.verify({
      ...s.files,
      'manifest.json.p7s': signManifest(manifest, forger.identity, new Date('2026-04-02T00:00:00Z')),
      'signing-certificate.pem': new TextEncoder().encode(certificatePem(forger.identity)),
    });
    expect(check.intact).toBe(false);
    expect(check.signature).toMatchObject({
      status: 'unknown-signer',
      signedBy: { commonName: home.name, fingerprint: forger.identity.certificate.fingerprint },
      problem: expect.stringMatching(
        /^The pack's signature holds, but it was made with a certificate this home has never used/,
      ),
    });
    expect(check.problems[0]).toBe(check.signature.problem);
  });

  it('a pack signed with the home’s earlier certificate is still the home’s after a new one is made', async () => {
    const s = await packed();
    await s.call('signing:newCertificate', {
      home: { name: home.name, cqcLocationId: home.cqcLocationId },
      actor,
    });
    s.openAnswers.push(s.path);
    const check = chosen(await s.call('export:verifyPack', { actor }));
    expect(check).toMatchObject({ intact: true, signature: { status: 'valid' } });
  });

  it('names a PDF with one byte flipped, a deleted file, an edited records.json and an added file', async () => {
    const s = await packed();
    const hoaPdf = 'pdf/2026-03-10 Nguyen Thi Hoa v1 a1.pdf';
    const pdf = new Uint8Array(s.files[hoaPdf] ?? []);
    pdf[pdf.length - 30] = (pdf[pdf.length - 30] ?? 0) ^ 1;
    const withoutIndex = Object.fromEntries(Object.entries(s.files).filter(([name]) => name !== 'index.csv'));
    const records = text(s.files['records.json']).replace('Corrected the team.', 'Corrected the tea.');
    const check = await s.verify({
      ...withoutIndex,
      [hoaPdf]: pdf,
      'records.json': new TextEncoder().encode(records),
      'notes.txt': new TextEncoder().encode('added later'),
    });
    expect(check.intact).toBe(false);
    // Every problem once, each naming its record by person, meeting date and version.
    expect(check.problems).toEqual([
      'The index of records (index.csv) is missing from the pack.',
      'The file of signed records (records.json) was changed after the pack was made.',
      `Nguyễn Thị Hoa, appraisal of 10 March 2026, version 1: the PDF was changed after the pack was made (${hoaPdf}).`,
      'notes.txt was added to the pack after it was made (it is not in the manifest).',
      'Ștefan Țurcanu, appraisal of 1 June 2025, version 2: the signed record in records.json was changed (it no longer matches its fingerprint).',
    ]);
    expect(check.files.find((f) => f.name === 'README.txt')?.status).toBe('ok');
  });

  it('finds a broken audit chain in the pack', async () => {
    const s = await packed();
    const log = text(s.files['audit-log.json']).replace('Sealed version 1', 'Sealed version 9');
    const check = await s.verify({ ...s.files, 'audit-log.json': new TextEncoder().encode(log) });
    expect(check.auditChain.intact).toBe(false);
    expect(check.intact).toBe(false);
  });

  it('refuses a file that is not a ZIP, or a ZIP without a manifest, in plain English', async () => {
    const s = await packed();
    const notZip = join(s.savedFolder, 'letter.zip');
    writeFileSync(notZip, 'Dear inspector');
    s.openAnswers.push(notZip);
    await expect(s.call('export:verifyPack', { actor })).rejects.toThrow('letter.zip is not a ZIP file');
    const rest = Object.fromEntries(Object.entries(s.files).filter(([name]) => name !== 'manifest.json'));
    await expect(s.verify(rest)).rejects.toThrow('tampered.zip has no manifest.json');
    expect(existsSync(s.path)).toBe(true);
  });

  it('answers chosen: false when the manager cancels the open dialog', async () => {
    const s = exportSetup();
    expect(await s.call('export:verifyPack', { actor })).toEqual({ chosen: false });
  });
});
