/**
 * When main holds a sealed version this store does not know as signed, the vault's version
 * becomes the record: the vault is the truth for signed documents.
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { bridge } from '../api';
import type { AppDatabase } from '../db/database';
import { adoptSealedVersion } from '../db/signingRepository';

/** The sealed version for this document id, adopted; null when the vault holds no seal for it. */
export async function adoptIfSealed(db: AppDatabase, documentId: string): Promise<Appraisal | null> {
  const [state] = (await bridge().documents.sealState({ documentIds: [documentId] })).states;
  if (state?.seal == null) return null;
  return adoptFromVault(db, documentId);
}

export async function adoptFromVault(db: AppDatabase, documentId: string): Promise<Appraisal> {
  const { seal, document } = await bridge().documents.readSealed({ documentId });
  return adoptSealedVersion(db, document.appraisal, seal);
}
