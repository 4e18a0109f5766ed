/**
 * The sealed documents the vault holds for one member of staff, found by reading each sealed
 * record's own staff id: main's own fact, never a list a window sends.
 */
import { z } from 'zod';
import type { Vault } from '../vault/vault';

export interface StaffDocument {
  documentId: string;
  fingerprint: string;
  meetingDate: string;
}

/** Only the fields needed here; the full record is checked where it is exported or shown. */
const ownerSchema = z.object({
  appraisal: z.object({ staffId: z.string(), header: z.object({ meetingDate: z.string() }) }),
});

/** A sealed record that cannot be read, so whose it is cannot be known. */
export class UnreadableRecordError extends Error {
  constructor(documentId: string) {
    super(
      `The record file of document ${documentId} in the vault cannot be read, so it is not known whose it is.`,
    );
    this.name = 'UnreadableRecordError';
  }
}

export async function sealedDocumentsOf(vault: Vault, staffId: string): Promise<StaffDocument[]> {
  const found: StaffDocument[] = [];
  const seals = await vault.listSealed();
  for (const [index, seal] of seals.entries()) {
    let owner: z.infer<typeof ownerSchema> | null;
    try {
      const parsed = ownerSchema.safeParse(
        JSON.parse((await vault.readSealedFile(seal, 'json')).toString('utf8')),
      );
      owner = parsed.success ? parsed.data : null;
    } catch {
      owner = null;
    }
    if (owner === null) throw new UnreadableRecordError(seal.documentId);
    if (owner.appraisal.staffId === staffId)
      found.push({
        documentId: seal.documentId,
        fingerprint: seal.fingerprint,
        meetingDate: owner.appraisal.header.meetingDate,
      });
    // Reading thousands of records must not hold main: let other work in between.
    if (index % 50 === 49) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return found;
}
