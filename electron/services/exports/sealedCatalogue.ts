/**
 * What the exports need to know about every sealed document in the vault, read one record at a
 * time and kept small (no record text, no PDF): who, when, scores, and whether a later sealed
 * version replaced it. Each record is re-hashed as it is read, so an altered record is found
 * before anything is exported.
 */
import { appraisalDocumentSchema, type AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { managerRatings } from '../../../shared/appraisal/ratingsOf';
import { formatScore, profileScore } from '../../../shared/framework/profileScore';
import { sha256Hex } from '../../../shared/integrity/sha256';
import type { SealRecord, Vault } from '../vault/vault';

export interface CatalogueEntry {
  seal: SealRecord;
  appraisalId: string;
  staffId: string;
  staffName: string;
  role: string;
  team: string;
  periodStart: string;
  periodEnd: string;
  meetingDate: string;
  appraiserName: string;
  nextDueDate: string;
  managementScore: string;
  leadershipScore: string;
  supersedesDocumentId: string | null;
  status: 'signed' | 'superseded';
}

/** A sealed document whose record no longer matches its seal; exports refuse to carry it. */
export class AlteredRecordError extends Error {
  readonly documentId: string;
  constructor(documentId: string, reason: string) {
    super(`Document ${documentId} ${reason}`);
    this.name = 'AlteredRecordError';
    this.documentId = documentId;
  }
}

/** Reads and checks one sealed record: its bytes must hash to the sealed fingerprint. */
export async function readSealedDocument(
  vault: Vault,
  seal: SealRecord,
): Promise<{ text: string; document: AppraisalDocument }> {
  let bytes: Buffer;
  try {
    bytes = await vault.readSealedFile(seal, 'json');
  } catch {
    throw new AlteredRecordError(seal.documentId, 'is missing its record file in the vault.');
  }
  if (sha256Hex(bytes) !== seal.fingerprint)
    throw new AlteredRecordError(
      seal.documentId,
      'was changed after it was sealed: its fingerprint no longer matches.',
    );
  const text = bytes.toString('utf8');
  const parsed = appraisalDocumentSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new AlteredRecordError(seal.documentId, 'cannot be read as an appraisal record.');
  return { text, document: parsed.data };
}

/** Reads a sealed PDF and checks it is byte for byte the one sealed. */
export async function readSealedPdf(vault: Vault, seal: SealRecord): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await vault.readSealedFile(seal, 'pdf');
  } catch {
    throw new AlteredRecordError(seal.documentId, 'is missing its PDF in the vault.');
  }
  if (sha256Hex(bytes) !== seal.pdfSha256)
    throw new AlteredRecordError(seal.documentId, 'has a PDF that was changed after it was sealed.');
  return bytes;
}

export async function readCatalogue(
  vault: Vault,
  onProgress: (done: number, total: number) => Promise<void>,
): Promise<CatalogueEntry[]> {
  const seals = await vault.listSealed();
  const entries: CatalogueEntry[] = [];
  for (const [index, seal] of seals.entries()) {
    const { document } = await readSealedDocument(vault, seal);
    const { appraisal } = document;
    const { header } = appraisal;
    // Scored exactly as the PDF scores it: the manager's ratings against the document's own framework.
    const score = profileScore(
      document.framework,
      managerRatings({
        ...appraisal,
        status: 'signed',
        currentStep: 'ready',
        sealed: null,
        supersededById: null,
        updatedAt: appraisal.createdAt,
      }),
    );
    entries.push({
      seal,
      appraisalId: appraisal.id,
      staffId: appraisal.staffId,
      staffName: header.staffName,
      role: header.roleAtTime,
      team: header.teamAtTime,
      periodStart: header.periodStart,
      periodEnd: header.periodEnd,
      meetingDate: header.meetingDate,
      appraiserName: header.appraiserName,
      nextDueDate: appraisal.nextDueDate,
      managementScore: formatScore(score.management),
      leadershipScore: formatScore(score.leadership),
      supersedesDocumentId: document.supersedes?.documentId ?? null,
      status: 'signed',
    });
    await onProgress(index + 1, seals.length);
  }
  const replaced = new Set(entries.flatMap((entry) => entry.supersedesDocumentId ?? []));
  for (const entry of entries) if (replaced.has(entry.seal.documentId)) entry.status = 'superseded';
  return entries;
}
