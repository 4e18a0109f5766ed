/**
 * Sealing without dead ends: the vault is the record, and a window whose copy differs (an edit
 * after sealing, a crash before its own store heard of the seal) can ask what the vault holds
 * and adopt it, instead of being refused for ever.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appraiserActor } from '../../../shared/audit/auditActor';
import { sealRecordFields } from '../../../shared/ipcFields';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import { handlerSetup } from '../../fixtures/handlerDeps';
import { sampleDocument } from '../../fixtures/sampleDocument';
import { auditEvents, filesOf, snapshot, vaultPath } from './dataFolderState';

const document = sampleDocument();
const actor = appraiserActor(document.appraisal.id);
const seal = (s: ReturnType<typeof handlerSetup>, sent = document) =>
  s.call('documents:seal', { document: sent, logo: null, actor });
const editedAfterSealing = () =>
  sampleDocument({
    appraisal: { summary: { ...document.appraisal.summary, overall: 'Typed after sealing.' } },
  });

describe('sealing a version the vault already holds', () => {
  it('the same contents answer alreadySealed with the vault’s seal, writing nothing', async () => {
    const s = handlerSetup();
    const first = await seal(s);
    const before = snapshot(s.dataFolder);
    expect(await seal(s)).toEqual({ ...first, alreadySealed: true });
    expect(snapshot(s.dataFolder)).toEqual(before);
  });

  it('other contents are refused in plain words that say the vault’s version is the record', async () => {
    const s = handlerSetup();
    await seal(s);
    const before = snapshot(s.dataFolder);
    await expect(seal(s, editedAfterSealing())).rejects.toThrow(
      "Version 1 of this appraisal was already sealed, with contents that differ from this copy (it was changed after sealing, or the home's details changed). The signed version in the vault is the record.",
    );
    expect(snapshot(s.dataFolder)).toEqual(before);
  });

  it('the refused window finds the seal, reads the sealed record, and that record seals as alreadySealed', async () => {
    const s = handlerSetup();
    const sealed = await seal(s);
    await expect(seal(s, editedAfterSealing())).rejects.toThrow('already sealed');
    const { states } = await s.call('documents:sealState', {
      documentIds: [document.documentId, 'other-v1'],
    });
    const sealRecord = sealRecordFields.parse(sealed);
    expect(states).toEqual([
      { documentId: document.documentId, seal: sealRecord, destroyed: false },
      { documentId: 'other-v1', seal: null, destroyed: false },
    ]);
    const adopted = await s.call('documents:readSealed', { documentId: document.documentId });
    expect(adopted).toEqual({ seal: sealRecord, document });
    expect(documentFingerprint(adopted.document)).toBe(sealed.fingerprint);
    expect(await seal(s, adopted.document)).toMatchObject({
      alreadySealed: true,
      fingerprint: sealed.fingerprint,
    });
    // The home's key was made for the first seal; the second seal wrote nothing.
    expect(auditEvents(s.dataFolder).map((e) => e.action)).toEqual(['signing-key', 'seal']);
  });

  it('documents:readSealed refuses a record file altered in the vault, and a document never sealed', async () => {
    const s = handlerSetup();
    await seal(s);
    const [json = ''] = filesOf(s.dataFolder, document.documentId).filter(
      (name) => name.endsWith('.json') && !name.endsWith('.seal.json'),
    );
    const path = vaultPath(s.dataFolder, json);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Nguyễn Thị Hoa', 'Nguyen Thi Hoa'));
    await expect(s.call('documents:readSealed', { documentId: document.documentId })).rejects.toThrow(
      `Document ${document.documentId} was changed after it was sealed: its fingerprint no longer matches.`,
    );
    await expect(s.call('documents:readSealed', { documentId: 'other-v1' })).rejects.toThrow(
      'The vault holds no sealed document other-v1.',
    );
  });
});
