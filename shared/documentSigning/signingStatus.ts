/**
 * The home's document signing as Settings shows it, and what a checked signature says. Main
 * decides all of it from its own key store and the files it reads; the renderer displays it.
 */
import { z } from 'zod';
import { certificateSummarySchema } from './certificateSummary';

/** How the private key is kept on this PC. */
export const keyProtections = [
  /** Encrypted by the operating system for this Windows user (Electron's safeStorage, DPAPI). */
  'operating-system',
  /** This PC offers no protected store, so the key is only obscured (Linux without a keyring). */
  'basic',
  /** The browser harness's test key, kept in the clear. */
  'test-key',
] as const;
export type KeyProtection = (typeof keyProtections)[number];

export const signingStatusSchema = z.object({
  /** Null until the first key is made (at the first seal, or from Settings). */
  certificate: certificateSummarySchema.nullable(),
  /** Made by the app on this PC, or imported from a .p12 file. */
  source: z.enum(['made-here', 'imported']).nullable(),
  protection: z.enum(keyProtections).nullable(),
  /** When this key became the one new documents are signed with. */
  since: z.iso.datetime({ offset: true }).nullable(),
  /**
   * False when a certificate is stored but its key cannot be unlocked on this PC (the data folder
   * came from another PC or Windows user, or the file is damaged): the next seal makes a new one.
   */
  usable: z.boolean(),
});
export type SigningStatus = z.infer<typeof signingStatusSchema>;

/** A document's digital signature as the app checked it. */
export const documentSignatureSchema = z.object({
  /**
   * valid: it verifies and covers the whole file; broken: it no longer verifies (`problem` says
   * why); unsigned: the PDF carries none (sealed before documents were signed).
   */
  status: z.enum(['valid', 'broken', 'unsigned']),
  signedBy: certificateSummarySchema.nullable(),
  problem: z.string().nullable(),
});
export type DocumentSignature = z.infer<typeof documentSignatureSchema>;

/** What a pack's manifest signature (manifest.json.p7s) says. */
export const manifestSignatureSchema = z.object({
  /**
   * missing: the pack has no signature file (made before packs were signed, or removed);
   * unknown-signer: it verifies, but with a certificate this home's audit log never recorded
   * (someone re-signed the pack, or it is another home's).
   */
  status: z.enum(['valid', 'invalid', 'missing', 'unknown-signer']),
  signedBy: certificateSummarySchema.nullable(),
  problem: z.string().nullable(),
});
export type ManifestSignature = z.infer<typeof manifestSignatureSchema>;
