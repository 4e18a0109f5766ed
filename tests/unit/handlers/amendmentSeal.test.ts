/**
 * Sealing and printing an amendment through the real handlers: main reads the version it
 * replaces from its own vault, prints which version and date that was and what changed, and
 * refuses an amendment whose named version the vault does not hold as named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Appraisal, CompetencyAssessment } from '../../../shared/appraisal/appraisal';
import { appraiserActor } from '../../../shared/audit/auditActor';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import { handlerSetup } from '../../fixtures/handlerDeps';
import { sampleDocument } from '../../fixtures/sampleDocument';
import { collapseWhitespace, pageTexts } from '../pdf/pdfTestKit';

const slow = { timeout: 120_000 };
const original = sampleDocument();
const reason = 'The medication audit Hoa led in January was left out.';

function amendmentOf(
  supersedes: AppraisalDocument['supersedes'],
  changes: Partial<Appraisal> = {},
  signed: 'both' | 'appraisee' = 'both',
): AppraisalDocument {
  return sampleDocument({
    signed,
    appraisal: {
      id: 'appraisal-complete-2',
      version: 2,
      supersedesId: original.appraisal.id,
      amendmentReason: reason,
      ...changes,
    },
    supersedes,
  });
}

const named = { documentId: original.documentId, fingerprint: documentFingerprint(original) };
const sealRequest = (document: AppraisalDocument) => ({
  document,
  logo: null,
  actor: appraiserActor(document.appraisal.id),
});

async function withOriginalSealed() {
  const s = handlerSetup();
  await s.call('documents:seal', sealRequest(original));
  const vaultFiles = () => readdirSync(join(s.dataFolder, 'vault')).sort();
  return Object.assign(s, { vaultFiles });
}

describe('sealing an amendment', () => {
  it('prints the version and date it replaces, the reason and what changed', slow, async () => {
    const s = await withOriginalSealed();
    const amendment = amendmentOf(named, { summary: { overall: 'Led the January medication audit.' } });
    const sealed = await s.call('documents:seal', sealRequest(amendment));
    const pdf = readFileSync(
      join(s.dataFolder, 'vault', `${amendment.documentId}.${sealed.fingerprint.slice(0, 16)}.pdf`),
    );
    const first = collapseWhitespace((await pageTexts(pdf))[0] ?? '');
    expect(first).toContain(
      'Amendment: version 2, replacing version 1 of 12 March 2026, sealed 12 March 2026',
    );
    expect(first).toContain(`Reason: ${reason}`);
    expect(first).toContain('What changed from version 1: • Overall comments changed');
  });

  it('prints the changes on the draft copy the appraisee signs on paper', slow, async () => {
    const s = await withOriginalSealed();
    const ratings = Object.fromEntries(
      Object.entries(original.appraisal.ratings).map(([id, rating]) => [
        id,
        id === 'advocacy' ? ({ ...rating, level: 4 } satisfies CompetencyAssessment) : rating,
      ]),
    );
    const draft = amendmentOf(named, { ratings }, 'appraisee');
    await s.call('documents:renderDraft', { document: draft, logo: null });
    const pdf = readFileSync(join(s.dataFolder, 'drafts', `${draft.documentId}.pdf`));
    expect(collapseWhitespace((await pageTexts(pdf))[0] ?? '')).toContain(
      '• Advocacy for residents, staff and the sector: Effective → Exemplary',
    );
  });

  it.each([
    [
      'names a version the vault does not hold',
      { documentId: 'appraisal-complete-9-v1', fingerprint: named.fingerprint },
      'The signed version 1 this amendment replaces is not in the vault, so nothing was printed or sealed.',
    ],
    [
      'names the version with another fingerprint',
      { documentId: named.documentId, fingerprint: 'a'.repeat(64) },
      'The signed version 1 in the vault is not the one this amendment says it replaces, so nothing was printed or sealed.',
    ],
    [
      'names no version at all',
      null,
      'This amendment does not name the signed version it replaces, so nothing was printed or sealed.',
    ],
  ])('is refused, writing nothing, when it %s', slow, async (_, supersedes, message) => {
    const s = await withOriginalSealed();
    const before = s.vaultFiles();
    await expect(s.call('documents:seal', sealRequest(amendmentOf(supersedes)))).rejects.toThrow(message);
    expect(s.vaultFiles()).toEqual(before);
    const events = await s.handlers['audit:list']({ entityIds: ['appraisal-complete-2'] });
    expect(events.events).toEqual([]);
  });

  it('is refused when the version it names belongs to another appraisal', slow, async () => {
    const s = await withOriginalSealed();
    const stranger = amendmentOf(named, { staffId: 'staff-someone-else' });
    await expect(s.call('documents:seal', sealRequest(stranger))).rejects.toThrow(
      'The signed version in the vault is not version 1 of this appraisal, so nothing was printed or sealed.',
    );
  });
});
