/**
 * The vault's record shapes, shared by the vault and its file check (kept apart so neither
 * imports the other): a seal record as `.seal.json` holds it, and a document's files by kind.
 */
import type { z } from 'zod';
import { sealedInfoSchema } from '../../../shared/appraisal/appraisal';
import type { VaultFileKind } from './vaultNames';

export const sealRecordSchema = sealedInfoSchema.strict();
export type SealRecord = z.infer<typeof sealRecordSchema>;

export type VaultFiles = Partial<Record<VaultFileKind, string>>;
