/**
 * The documents:* and audit:* handlers with real files in a temp data folder, the real PDF
 * renderer and the real fonts; only the dialogs and the printer are scripted.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appraiserActor } from '../../../shared/audit/auditActor';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import type { RequestOf } from '../../../shared/ipc';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { handlerSetup } from '../../fixtures/handlerDeps';
import { sampleDocument } from '../../fixtures/sampleDocument';

/** The appraiser seals (by the appraisal's id); the registered manager prints and checks. */
const sealer = appraiserActor(sampleDocument().appraisal.id);
const actor = 'registered-manager';

function setup() {
  const s = handlerSetup();
  const vaultFiles = () => {
    try {
      return readdirSync(join(s.dataFolder, 'vault')).sort();
    } catch {
      return [];
    }
  };
  const events = () =>
    s.handlers['audit:list']({ entityIds: [sampleDocument().appraisal.id, 'audit-log'] }).then(
      (r) => r.events,
    );
  return Object.assign(s, { vaultFiles, events });
}

const sealRequest = (document = sampleDocument()): RequestOf<'documents:seal'> => ({
  document,
  logo: null,
  actor: sealer,
});

describe('documents:seal', () => {
  it('writes the record, the PDF and the seal record to the vault and logs one seal event', async () => {
    const s = setup();
    const document = sampleDocument();
    const answer = await s.call('documents:seal', sealRequest(document));
    expect(answer.fingerprint).toBe(documentFingerprint(document));
    expect(answer.alreadySealed).toBe(false);
    const prefix = answer.fingerprint.slice(0, 16);
    expect(s.vaultFiles()).toEqual([
      `${document.documentId}.${prefix}.json`,
      `${document.documentId}.${prefix}.pdf`,
      `${document.documentId}.${prefix}.seal.json`,
    ]);
    const pdf = readFileSync(join(s.dataFolder, 'vault', `${document.documentId}.${prefix}.pdf`));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(answer.pdfSha256).toBe(sha256Hex(pdf));
    expect(answer.pdfBytes).toBe(pdf.byteLength);
    const events = await s.events();
    expect(events.map((e) => [e.action, e.fingerprint, e.actor])).toEqual([
      ['seal', answer.fingerprint, sealer],
    ]);
    // The head printed on the PDF is the one the seal event follows (which records the PDF's signature).
    expect(answer.auditHead).toBe(events[0]?.prevHash);
  });

  it('sealing the same document again answers the same and writes nothing', async () => {
    const s = setup();
    const first = await s.call('documents:seal', sealRequest());
    const files = s.vaultFiles().map((name) => readFileSync(join(s.dataFolder, 'vault', name)));
    const again = await s.call('documents:seal', sealRequest());
    expect(again).toEqual({ ...first, alreadySealed: true });
    expect(s.vaultFiles().map((name) => readFileSync(join(s.dataFolder, 'vault', name)))).toEqual(files);
    expect(await s.events()).toHaveLength(1);
  });

  it('a seal the app stopped before logging is logged, saying so, when sealing is tried again', async () => {
    const s = setup();
    const first = await s.call('documents:seal', sealRequest());
    // As if the power went between writing the vault and appending the event.
    writeFileSync(join(s.dataFolder, 'audit', 'audit-log.jsonl'), '');
    const again = await s.call('documents:seal', sealRequest());
    expect(again).toEqual({ ...first, alreadySealed: true });
    const events = await s.events();
    expect(events.map((e) => [e.action, e.fingerprint])).toEqual([['seal', first.fingerprint]]);
    expect(events[0]?.detail).toMatch(/recorded late/);
    await s.call('documents:seal', sealRequest());
    expect(await s.events()).toHaveLength(1);
  });

  it('refuses different contents for a version already sealed', async () => {
    const s = setup();
    await s.call('documents:seal', sealRequest());
    const changed = sampleDocument({
      appraisal: { summary: { overall: 'A different summary typed after sealing.' } },
    });
    await expect(s.call('documents:seal', sealRequest(changed))).rejects.toThrow(
      'Version 1 of this appraisal was already sealed, with contents that differ from this copy',
    );
    expect(s.vaultFiles()).toHaveLength(3);
    expect(await s.events()).toHaveLength(1);
  });

  it.each([
    [
      'the appraiser has not countersigned',
      () => sampleDocument({ signed: 'appraisee' }),
      /not countersigned/,
    ],
    [
      'the record is not complete (the summary is empty)',
      () => sampleDocument({ appraisal: { summary: { overall: '  ' } } }),
      /not complete .*overall summary/,
    ],
    [
      'the member of staff is named as their own appraiser',
      () => {
        const document = sampleDocument();
        return sampleDocument({
          appraisal: {
            header: { ...document.appraisal.header, appraiserName: document.appraisal.header.staffName },
          },
        });
      },
      /not complete .*appraiser other than the member of staff/,
    ],
    [
      'a name the font cannot print',
      () => sampleDocument({ appraisal: { summary: { overall: 'Agreed 𓀀 today.' } } }),
      /cannot print/,
    ],
    [
      'a drawn signature that is not its recorded image',
      () => {
        const document = sampleDocument();
        const appraisee = document.appraisal.signatures.appraisee;
        if (appraisee?.image == null) throw new Error('fixture has a drawn signature');
        appraisee.image = { ...appraisee.image, sha256: 'f'.repeat(64) };
        return document;
      },
      /does not match its recorded fingerprint/,
    ],
  ])('refuses a seal when %s, and writes nothing', async (_case, make, message) => {
    const s = setup();
    await expect(s.call('documents:seal', sealRequest(make()))).rejects.toThrow(message);
    expect(s.vaultFiles()).toEqual([]);
    expect(await s.events()).toEqual([]);
  });

  it('refuses a logo that is not the one the record names', async () => {
    const s = setup();
    const document = sampleDocument({ home: { logoSha256: sha256Hex('the real logo') } });
    const logo = { mediaType: 'image/png' as const, base64: Buffer.from('another logo').toString('base64') };
    await expect(s.call('documents:seal', { document, logo, actor: sealer })).rejects.toThrow(
      /logo is not the one/,
    );
    expect(s.vaultFiles()).toEqual([]);
  });
});

describe('documents:open', () => {
  it('reports intact, then altered after one byte of the PDF is flipped; each check is logged', async () => {
    const s = setup();
    const sealed = await s.call('documents:seal', sealRequest());
    const request = { documentId: sealed.documentId, expectedFingerprint: sealed.fingerprint, actor };
    const intact = await s.call('documents:open', request);
    expect(intact).toEqual({
      documentId: sealed.documentId,
      fingerprint: sealed.fingerprint,
      pdfUrl: `test://sealed/${sealed.documentId}.pdf?v=${sealed.pdfSha256.slice(0, 16)}`,
      integrity: { status: 'intact', problems: [] },
      signature: expect.objectContaining({ status: 'valid', problem: null }),
    });
    const pdfPath = join(
      s.dataFolder,
      'vault',
      `${sealed.documentId}.${sealed.fingerprint.slice(0, 16)}.pdf`,
    );
    const bytes = readFileSync(pdfPath);
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x01, middle);
    writeFileSync(pdfPath, bytes);
    const altered = await s.call('documents:open', request);
    expect(altered.integrity.status).toBe('altered');
    expect(altered.integrity.problems[0]).toMatch(/PDF file .* was changed after it was sealed/);
    // Still shown, so the manager can see what is there now.
    expect(altered.pdfUrl).not.toBeNull();
    const events = await s.events();
    expect(events.map((e) => e.action)).toEqual(['seal', 'verify', 'verify']);
    expect(events[2]?.detail).toMatch(/was changed after it was sealed/);
    await expect(
      s.call('documents:print', { documentId: sealed.documentId, kind: 'sealed', actor }),
    ).rejects.toThrow(/cannot be used/);
    expect(s.printed).toEqual([]);
  });
});

describe('documents:print and documents:saveCopy', () => {
  it('prints the sealed PDF and logs it; a cancelled print logs nothing', async () => {
    const s = setup();
    const sealed = await s.call('documents:seal', sealRequest());
    s.printAnswers.push('cancel', 'print');
    const request = { documentId: sealed.documentId, kind: 'sealed' as const, actor };
    expect(await s.call('documents:print', request)).toEqual({ printed: false, warning: null });
    expect(await s.call('documents:print', request)).toEqual({ printed: true, warning: null });
    expect(s.printed).toEqual([
      { documentId: sealed.documentId, kind: 'sealed', printed: false },
      { documentId: sealed.documentId, kind: 'sealed', printed: true },
    ]);
    expect(sha256Hex(readFileSync(s.printTargets[0]?.filePath ?? ''))).toBe(sealed.pdfSha256);
    expect((await s.events()).map((e) => [e.action, e.actor])).toEqual([
      ['seal', sealer],
      ['print', actor],
    ]);
  });

  it('saves a copy with identical bytes and logs it without the file name; a cancelled save logs nothing', async () => {
    const s = setup();
    const sealed = await s.call('documents:seal', sealRequest());
    s.saveAnswers.push('cancel', 'save');
    const request = {
      documentId: sealed.documentId,
      kind: 'sealed' as const,
      suggestedName: 'Appraisal Nguyễn Thị Hoa.pdf',
      actor,
    };
    expect(await s.call('documents:saveCopy', request)).toEqual({ saved: false });
    expect((await s.events()).map((e) => e.action)).toEqual(['seal']);
    expect(await s.call('documents:saveCopy', request)).toEqual({
      saved: true,
      fileName: 'Appraisal Nguyễn Thị Hoa.pdf',
      warning: null,
    });
    expect(sha256Hex(readFileSync(join(s.savedFolder, 'Appraisal Nguyễn Thị Hoa.pdf')))).toBe(
      sealed.pdfSha256,
    );
    expect(readdirSync(s.savedFolder)).toEqual(['Appraisal Nguyễn Thị Hoa.pdf']);
    const events = await s.events();
    expect(events.map((e) => [e.action, e.fingerprint])).toEqual([
      ['seal', sealed.fingerprint],
      ['export', sealed.fingerprint],
    ]);
    expect(JSON.stringify(events)).not.toContain('Hoa');
  });

  it('renders a draft for paper signing outside the vault and prints it', async () => {
    const s = setup();
    const document = sampleDocument({ signed: 'none' });
    const draft = await s.call('documents:renderDraft', { document, logo: null });
    expect(draft.pdfUrl).toMatch(new RegExp(`^test://draft/${document.documentId}\\.pdf\\?v=[0-9a-f]{16}$`));
    expect(s.vaultFiles()).toEqual([]);
    const path = join(s.dataFolder, 'drafts', `${document.documentId}.pdf`);
    expect(readFileSync(path).byteLength).toBe(draft.pdfBytes);
    expect(
      await s.call('documents:print', { documentId: document.documentId, kind: 'draft', actor }),
    ).toEqual({
      printed: true,
      warning: null,
    });
    expect(s.printTargets[0]).toMatchObject({
      documentId: document.documentId,
      kind: 'draft',
      filePath: path,
    });
    const events = await s.events();
    expect(events.map((e) => [e.action, e.fingerprint, e.detail])).toEqual([
      ['print', null, `Printed the draft of document ${document.documentId}.`],
    ]);
  });

  it('says plainly when there is no draft to print', async () => {
    const s = setup();
    await expect(
      s.call('documents:print', { documentId: 'nothing-v1', kind: 'draft', actor }),
    ).rejects.toThrow(/draft PDF for this appraisal was not found/);
  });
});

describe('audit handlers', () => {
  it('words renderer events itself, lists them by record, and logs each whole-log check', async () => {
    const s = setup();
    const recorded = await s.call('audit:record', {
      event: { action: 'create', appraisalId: 'a1', version: 1 },
      actor: appraiserActor('a1'),
    });
    expect(recorded.seq).toBe(1);
    await s.call('audit:record', {
      event: { action: 'sign', appraisalId: 'a2', party: 'appraisee', method: 'drawn' },
      actor: 'staff:s2',
    });
    expect(
      (await s.call('audit:list', { entityIds: ['a1'] })).events.map((e) => [e.actor, e.detail]),
    ).toEqual([['appraiser:a1', 'Appraisal started.']]);
    expect(
      (await s.call('audit:list', { entityIds: ['a2'] })).events.map((e) => [e.actor, e.detail]),
    ).toEqual([['staff:s2', 'The member of staff signed on screen.']]);
    const check = await s.call('audit:verify', { actor });
    expect(check).toMatchObject({ intact: true, count: 2, problems: [] });
    const logged = (await s.call('audit:list', { entityIds: ['audit-log'] })).events;
    expect(logged.map((e) => [e.seq, e.action, e.detail])).toEqual([
      [3, 'verify', 'Checked the audit log: all 2 events are intact; no signed documents to check.'],
    ]);
  });

  it('an amendment is logged with the fingerprint of the sealed version it replaces', async () => {
    const s = setup();
    const sealed = await s.call('documents:seal', sealRequest());
    const appraisalId = sampleDocument().appraisal.id;
    await s.call('audit:record', {
      event: { action: 'amend', appraisalId, version: 2, supersedesDocumentId: sealed.documentId },
      actor: sealer,
    });
    const events = await s.events();
    expect(events.map((e) => [e.action, e.fingerprint, e.detail])).toEqual([
      ['seal', sealed.fingerprint, expect.stringMatching(/^Sealed version 1/)],
      ['amend', sealed.fingerprint, `Version 2 started as an amendment of document ${sealed.documentId}.`],
    ]);
  });

  it.each([
    ['a name as the actor', { event: { action: 'discard', appraisalId: 'a1' }, actor: 'Łucja Wąsowska' }],
    [
      'free text beside the event',
      { event: { action: 'discard', appraisalId: 'a1', detail: 'Hoa asked to discard it' }, actor },
    ],
    ['the old flat shape', { action: 'create', entityId: 'a1', fingerprint: null, actor, detail: 'Started' }],
  ])('refuses %s and writes nothing', async (_case, payload) => {
    const s = setup();
    const reply = await s.reply('audit:record', payload);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(existsSync(join(s.dataFolder, 'audit', 'audit-log.jsonl'))).toBe(false);
  });

  it('a check of an edited log says what broke, and is itself logged', async () => {
    const s = setup();
    await s.call('audit:record', { event: { action: 'discard', appraisalId: 'a1' }, actor });
    const file = join(s.dataFolder, 'audit', 'audit-log.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').replace('discarded', 'deleted'));
    const check = await s.call('audit:verify', { actor });
    expect(check.intact).toBe(false);
    expect(check.problems).toEqual(['Line 1 of the audit log was changed after it was written.']);
  });
});
