/**
 * A complete appraisal signed by both parties (appraisee drawn, appraiser typed) and the
 * document sealed from it, for the document and fingerprint tests.
 */
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import {
  buildAppraisalDocument,
  type AppraisalDocument,
  type DocumentHome,
} from '../../../shared/documents/appraisalDocument';
import { builtInFramework } from '../../../shared/framework/builtin/builtInFramework';
import { sha256Hex } from '../../../shared/integrity/sha256';
import type { Signature } from '../../../shared/signing/signature';
import { signingStatements } from '../../../shared/signing/signingWording';
import { completeAppraisal } from '../../fixtures/completeAppraisal';

/** A real 1×1 PNG: enough bytes to stand for a drawn signature. */
export const tinyPngBase64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const home: DocumentHome = {
  name: 'Rose Court Care Home',
  address: '12 Chapel Lane, Leeds LS6 3AA',
  cqcLocationId: '1-123456789',
  logoSha256: sha256Hex('logo bytes'),
};

export const drawnSignature: Signature = {
  party: 'appraisee',
  fullName: 'Nguyễn Thị Hoa',
  role: 'Senior carer',
  signedAt: '2026-03-12T11:40:00.000Z',
  method: 'drawn',
  image: {
    pngBase64: tinyPngBase64,
    sha256: sha256Hex(Buffer.from(tinyPngBase64, 'base64')),
    width: 480,
    height: 160,
  },
  typedName: '',
  paperSignedOn: '',
  statement: signingStatements.appraisee,
};

export const typedSignature: Signature = {
  party: 'appraiser',
  fullName: 'Łucja Wąsowska',
  role: 'Registered manager',
  signedAt: '2026-03-12T11:45:00.000Z',
  method: 'typed',
  image: null,
  typedName: 'Łucja Wąsowska',
  paperSignedOn: '',
  statement: signingStatements.appraiser,
};

export function signedAppraisal(): Appraisal {
  return completeAppraisal({
    status: 'signed',
    signatures: { appraisee: drawnSignature, appraiser: typedSignature },
    sealed: {
      documentId: 'appraisal-complete-1-v1',
      fingerprint: sha256Hex('fingerprint'),
      pdfSha256: sha256Hex('pdf'),
      sealedAt: '2026-03-12T11:45:00.000Z',
      auditHead: sha256Hex('head'),
    },
    supersededById: 'appraisal-complete-2',
    currentStep: 'ready',
    updatedAt: '2026-03-12T11:45:01.000Z',
  });
}

export function sealedDocument(appraisal: Appraisal = signedAppraisal()): AppraisalDocument {
  return buildAppraisalDocument({
    appraisal,
    framework: builtInFramework,
    home,
    supersedes: null,
    sealedAt: '2026-03-12T11:45:00.000Z',
  });
}
