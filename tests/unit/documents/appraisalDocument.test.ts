/**
 * The appraisal document: what is sealed is the record without its changeable fields, the
 * whole pinned framework and the home; a document that does not belong together is refused.
 */
import { describe, expect, it } from 'vitest';
import {
  appraisalDocumentFormat,
  appraisalDocumentSchema,
  buildAppraisalDocument,
} from '../../../shared/documents/appraisalDocument';
import { documentIdOf, isDocumentId } from '../../../shared/documents/documentId';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import { builtInFramework } from '../../../shared/framework/builtin/builtInFramework';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { home, sealedDocument, signedAppraisal } from './signedAppraisalFixture';

const changeable = ['status', 'currentStep', 'sealed', 'supersededById', 'updatedAt'] as const;

function issuesOf(value: unknown): { path: string; message: string }[] {
  const result = appraisalDocumentSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('buildAppraisalDocument', () => {
  it('keeps every field of the record except status, step, seal, superseded-by and last-saved time', () => {
    const appraisal = signedAppraisal();
    const document = sealedDocument(appraisal);
    const kept = Object.fromEntries(
      Object.entries(appraisal).filter(([key]) => !(changeable as readonly string[]).includes(key)),
    );
    expect(document.appraisal).toEqual(kept);
    for (const key of changeable) expect(Object.keys(document.appraisal)).not.toContain(key);
    expect(Object.keys(document.appraisal).sort()).toEqual(Object.keys(kept).sort());
  });

  it('carries the signatures with the drawn image and its hash, the whole framework, the home and the seal time', () => {
    const appraisal = signedAppraisal();
    const document = sealedDocument(appraisal);
    expect(document.appraisal.signatures).toEqual(appraisal.signatures);
    expect(document.appraisal.signatures.appraisee?.image?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(document.framework).toEqual(builtInFramework);
    expect(document.home).toEqual(home);
    expect(document).toMatchObject({
      format: appraisalDocumentFormat,
      formatVersion: 1,
      documentId: 'appraisal-complete-1-v1',
      supersedes: null,
      sealedAt: '2026-03-12T11:45:00.000Z',
    });
    expect(appraisalDocumentSchema.parse(document)).toEqual(document);
  });

  it('gives the same fingerprint whatever the changeable fields hold', () => {
    const appraisal = signedAppraisal();
    const later = {
      ...appraisal,
      status: 'superseded' as const,
      currentStep: 'summary' as const,
      sealed: null,
      supersededById: null,
      updatedAt: '2027-01-01T00:00:00.000Z',
    };
    expect(documentFingerprint(sealedDocument(later))).toBe(documentFingerprint(sealedDocument(appraisal)));
  });

  it('does not change the record it was given', () => {
    const appraisal = signedAppraisal();
    const before = structuredClone(appraisal);
    sealedDocument(appraisal);
    expect(appraisal).toEqual(before);
  });

  it('names the version an amendment supersedes', () => {
    const original = sealedDocument();
    const amendment = buildAppraisalDocument({
      appraisal: {
        ...signedAppraisal(),
        id: 'appraisal-complete-1',
        version: 2,
        supersedesId: 'appraisal-complete-1',
        amendmentReason: 'Wrong meeting date.',
      },
      framework: builtInFramework,
      home,
      supersedes: { documentId: original.documentId, fingerprint: documentFingerprint(original) },
      sealedAt: '2026-04-01T09:00:00.000Z',
    });
    expect(amendment.documentId).toBe('appraisal-complete-1-v2');
    expect(issuesOf(amendment)).toEqual([]);
    expect(documentFingerprint(amendment)).not.toBe(documentFingerprint(original));
  });

  it('describes an unsigned draft printed for signing on paper with no seal time', () => {
    const draft = buildAppraisalDocument({
      appraisal: { ...signedAppraisal(), signatures: { appraisee: null, appraiser: null } },
      framework: builtInFramework,
      home,
      supersedes: null,
      sealedAt: null,
    });
    expect(issuesOf(draft)).toEqual([]);
  });
});

describe('appraisalDocumentSchema refuses a document that does not belong together', () => {
  it('refuses a document id that is not the appraisal and its version', () => {
    const document = sealedDocument();
    for (const documentId of ['appraisal-complete-1-v2', 'another-appraisal-v1']) {
      expect(issuesOf({ ...document, documentId })).toEqual([
        { path: 'documentId', message: 'does not match the appraisal and version' },
      ]);
    }
    expect(issuesOf({ ...document, documentId: '../../etc/passwd-v1' }).map((i) => i.path)).toContain(
      'documentId',
    );
  });

  it('refuses a framework that is not the version the appraisal pinned', () => {
    const document = sealedDocument();
    const notPinned = [
      { ...builtInFramework, version: builtInFramework.version + 1 },
      { ...builtInFramework, frameworkId: 'home-copy' },
    ];
    for (const framework of notPinned) {
      expect(issuesOf({ ...document, framework })).toEqual([
        { path: 'framework', message: 'is not the version the appraisal pinned' },
      ]);
    }
  });

  it('refuses a broken fingerprint for the superseded version and a seal time that is not a time', () => {
    const document = sealedDocument();
    expect(
      issuesOf({
        ...document,
        supersedes: { documentId: 'appraisal-complete-1-v1', fingerprint: 'abc' },
      }).map((i) => i.path),
    ).toEqual(['supersedes.fingerprint']);
    expect(issuesOf({ ...document, sealedAt: '12/03/2026' }).map((i) => i.path)).toEqual(['sealedAt']);
    expect(
      issuesOf({ ...document, home: { ...home, logoSha256: sha256Hex('x').toUpperCase() } }),
    ).not.toEqual([]);
  });
});

describe('document ids', () => {
  it('are the appraisal id and version, and only safe characters', () => {
    expect(documentIdOf({ id: '3f2c9a1e-7b4d-4c1a-9e2f-0a1b2c3d4e5f', version: 2 })).toBe(
      '3f2c9a1e-7b4d-4c1a-9e2f-0a1b2c3d4e5f-v2',
    );
    expect(isDocumentId('appraisal-complete-1-v1')).toBe(true);
    for (const bad of [
      'appraisal-v0',
      'appraisal',
      '-v1',
      '../x-v1',
      'a/b-v1',
      'a b-v1',
      'a-v1.pdf',
      'a-v01',
    ])
      expect(isDocumentId(bad), bad).toBe(false);
  });
});
