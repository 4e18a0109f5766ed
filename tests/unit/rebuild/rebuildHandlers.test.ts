/**
 * Main's side of "Rebuild records from the signed documents": the vault read back a page at a
 * time, in document-id order, with destroyed documents left out and a record altered after
 * sealing left out and named; and the rebuild logged with main's own count, ids only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openVault } from '../../../electron/services/vault/vault';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { canonicalJson } from '../../../shared/integrity/canonicalJson';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { handlerSetup, type HandlerSetup } from '../../fixtures/handlerDeps';
import { sampleDocument } from '../../fixtures/sampleDocument';
import { auditEvents, filesOf, vaultPath } from '../handlers/dataFolderState';

let s: HandlerSetup;
afterEach(() => s.remove());

/** A real sealed document written into the vault as sealing writes it (with a pretend PDF). */
async function sealInVault(appraisalId: string, staffName = 'Nguyễn Thị Hoa'): Promise<AppraisalDocument> {
  const document = sampleDocument({
    appraisal: {
      id: appraisalId,
      header: { ...sampleDocument().appraisal.header, staffName },
    },
  });
  const json = canonicalJson(document);
  const pdf = Buffer.from(`%PDF-1.7 pretend PDF of ${document.documentId}`, 'utf8');
  await openVault({ dataFolder: s.dataFolder, now: () => new Date() }).writeSealed({
    canonicalJson: json,
    pdf,
    seal: {
      documentId: document.documentId,
      fingerprint: sha256Hex(json),
      pdfSha256: sha256Hex(pdf),
      sealedAt: document.sealedAt ?? '',
      auditHead: 'a'.repeat(64),
    },
  });
  return document;
}

const idsOf = (page: { documents: { document: AppraisalDocument }[] }) =>
  page.documents.map(({ document }) => document.documentId);

describe('rebuild:readSealed', () => {
  it('pages through every sealed document in document-id order, each with its whole seal', async () => {
    s = handlerSetup();
    // Made out of order, and with ids whose file names sort differently from the ids.
    for (const id of ['c', 'a-v1-b', 'a', 'b']) await sealInVault(id);
    const first = await s.call('rebuild:readSealed', { after: null, limit: 3 });
    expect(idsOf(first)).toEqual(['a-v1', 'a-v1-b-v1', 'b-v1']);
    expect(first.next).toBe('b-v1');
    expect(first.skipped).toEqual([]);
    expect(first.documents[0]?.seal).toMatchObject({ documentId: 'a-v1', auditHead: 'a'.repeat(64) });
    const second = await s.call('rebuild:readSealed', { after: first.next, limit: 3 });
    expect(idsOf(second)).toEqual(['c-v1']);
    expect(second.next).toBeNull();
  });

  it('sends each record exactly as sealed', async () => {
    s = handlerSetup();
    const document = await sealInVault('hoa');
    const page = await s.call('rebuild:readSealed', { after: null, limit: 10 });
    expect(page.documents[0]?.document).toEqual(document);
    expect(page.documents[0]?.seal.fingerprint).toBe(sha256Hex(canonicalJson(document)));
  });

  it('answers an empty page for an empty vault', async () => {
    s = handlerSetup();
    expect(await s.call('rebuild:readSealed', { after: null, limit: 10 })).toEqual({
      documents: [],
      skipped: [],
      next: null,
    });
  });

  it('leaves out a destroyed document, even one whose files were not all removed yet', async () => {
    s = handlerSetup();
    await sealInVault('a');
    const gone = await sealInVault('b');
    await sealInVault('c');
    const vault = openVault({ dataFolder: s.dataFolder, now: () => new Date() });
    await vault.recordDestroyed([
      { documentId: gone.documentId, fingerprint: sha256Hex(canonicalJson(gone)) },
    ]);
    s.restart();
    const page = await s.call('rebuild:readSealed', { after: null, limit: 10 });
    expect(idsOf(page)).toEqual(['a-v1', 'c-v1']);
    expect(page.skipped).toEqual([]);
    expect(await s.call('rebuild:finished', { actor: 'registered-manager' })).toEqual({ documents: 2 });
  });

  it('leaves out a record altered after sealing and says so, and still sends the rest', async () => {
    s = handlerSetup();
    await sealInVault('a', 'Łucja Wąsowska');
    await sealInVault('b', 'Ștefan Țurcanu');
    const [json = ''] = filesOf(s.dataFolder, 'a-v1').filter(
      (name) => name.endsWith('.json') && !name.endsWith('.seal.json'),
    );
    const path = vaultPath(s.dataFolder, json);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Łucja Wąsowska', 'Lucja Wasowska'));
    const page = await s.call('rebuild:readSealed', { after: null, limit: 10 });
    expect(idsOf(page)).toEqual(['b-v1']);
    expect(page.skipped).toEqual([
      {
        documentId: 'a-v1',
        reason: 'Document a-v1 was changed after it was sealed: its fingerprint no longer matches.',
      },
    ]);
  });

  it('counts a skipped document against the page, so the cursor still moves on', async () => {
    s = handlerSetup();
    await sealInVault('a');
    await sealInVault('b');
    const [json = ''] = filesOf(s.dataFolder, 'a-v1').filter(
      (name) => name.endsWith('.json') && !name.endsWith('.seal.json'),
    );
    writeFileSync(vaultPath(s.dataFolder, json), '{}');
    const first = await s.call('rebuild:readSealed', { after: null, limit: 1 });
    expect(first).toMatchObject({ documents: [], next: 'a-v1' });
    expect(first.skipped).toHaveLength(1);
    const second = await s.call('rebuild:readSealed', { after: first.next, limit: 1 });
    expect(idsOf(second)).toEqual(['b-v1']);
    expect(second.next).toBeNull();
  });
});

describe('rebuild:finished', () => {
  it('logs the rebuild with main’s own count of sealed documents, and no names', async () => {
    s = handlerSetup();
    await sealInVault('a', 'Łucja Wąsowska');
    await sealInVault('b', 'María José Núñez');
    expect(await s.call('rebuild:finished', { actor: 'registered-manager' })).toEqual({ documents: 2 });
    const [event] = auditEvents(s.dataFolder);
    expect(event).toMatchObject({
      actor: 'registered-manager',
      action: 'rebuild',
      entityId: 'records',
      fingerprint: null,
      detail: 'Records rebuilt from 2 signed documents in the vault.',
    });
    expect(JSON.stringify(event)).not.toMatch(/Łucja|María|Nguyễn/);
  });

  it('refuses an actor that is not an id', async () => {
    s = handlerSetup();
    await expect(s.call('rebuild:finished', { actor: 'Łucja Wąsowska' })).rejects.toThrow();
  });
});
