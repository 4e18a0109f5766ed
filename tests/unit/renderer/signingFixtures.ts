/** Signatures and a sealed result for the signing and amendment tests. */
import type { SealedInfo } from '../../../shared/appraisal/appraisal';
import type { Signature } from '../../../shared/signing/signature';
import { signingStatements } from '../../../shared/signing/signingWording';

export function typedSignature(party: Signature['party'], fullName: string): Signature {
  return {
    party,
    fullName,
    role: party === 'appraisee' ? 'Senior carer' : 'Registered manager',
    signedAt: '2026-03-12T14:00:00.000Z',
    method: 'typed',
    image: null,
    typedName: fullName,
    paperSignedOn: '',
    statement: signingStatements[party],
  };
}

export function sealedInfo(documentId: string, seed = 'a'): SealedInfo {
  return {
    documentId,
    fingerprint: seed.repeat(64),
    pdfSha256: 'b'.repeat(64),
    sealedAt: '2026-03-12T14:05:00.000Z',
    auditHead: 'c'.repeat(64),
  };
}

/** The pair most signing tests use: Hoa signs as the appraisee, Łucja countersigns as appraiser. */
export const appraiseeHoa = typedSignature('appraisee', 'Nguyễn Thị Hoa');
export const appraiserLucja = typedSignature('appraiser', 'Łucja Wąsowska');
