/**
 * One entry in the append-only audit log. Each event carries the hash of the one before it
 * (`prevHash`) and its own `hash` (SHA-256 of the canonical JSON of every other field), so
 * editing, deleting, reordering or inserting an event breaks the chain where it happened.
 *
 * Events name people by id only (`actor`, `entityId`, `facts`): the log outlives a leaver's
 * records, so a name written into it could never be removed. Names are looked up in the
 * register when the log is shown. Logs written before this rule may still hold names; they
 * are read as they are, because the chain cannot be edited.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { documentIdPattern } from '../documents/documentId';
import { sha256HexPattern } from '../integrity/sha256';
import { actorRefSchema } from './auditActor';
import { backupReasons } from '../backup/backupContract';

const auditActions = [
  'create',
  'sign',
  'unsign',
  'seal',
  'amend',
  'print',
  'export',
  'restore',
  'verify',
  'discard',
  'destroy',
  'leaving-date',
  'retention-period',
  'repair',
  'backup',
  'rebuild',
  'signing-key',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditActionLabels = {
  create: 'Created',
  sign: 'Signed',
  unsign: 'Signature removed',
  seal: 'Sealed',
  amend: 'Amendment started',
  print: 'Printed',
  export: 'Copy made',
  restore: 'Restored',
  verify: 'Checked',
  discard: 'Draft discarded',
  destroy: 'Destroyed after retention',
  'leaving-date': 'Leaving date recorded',
  'retention-period': 'Retention period changed',
  repair: 'Log repaired',
  backup: 'Backed up',
  rebuild: 'Rebuilt from the signed documents',
  'signing-key': 'Signing certificate changed',
} as const satisfies Record<AuditAction, string>;

/** The hash the first event points back to. */
export const genesisHash = '0'.repeat(64);

/** Longest `detail` an event may carry; everything written must read back. */
const maxAuditDetailLength = 500;
/** Most documents one destroy event may name (the channel takes no more). */
export const maxDestroyedDocuments = 1000;

const sha256Hex = z.string().regex(sha256HexPattern);
const isoDate = z.string().refine(isIsoDate, { error: 'is not a real date' });

/** A record's id as the app makes them (UUIDs) or a fixed name such as `inspection-pack`. */
const recordIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,119}$/;
export const recordIdSchema = z.string().regex(recordIdPattern, { error: 'is not a record id' });

/**
 * Facts main enforces, carried by the event that records them so the log itself is main's
 * memory of them: leaving dates and the retention period decide what may be destroyed, and a
 * destroy event names every document (id and fingerprint) before any file is removed.
 */
const auditFactsSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('leaving-date'), staffId: recordIdSchema, leavingDate: isoDate.nullable() })
    .strict(),
  z.object({ kind: z.literal('retention-period'), years: z.number().int().min(1).max(50) }).strict(),
  z
    .object({
      kind: z.literal('destroy'),
      staffId: recordIdSchema,
      documents: z
        .array(z.object({ documentId: z.string().regex(documentIdPattern), fingerprint: sha256Hex }).strict())
        .max(maxDestroyedDocuments),
    })
    .strict(),
  /** A verified backup: where it went (this PC's backups folder or the folder off this PC) and its hash. */
  z
    .object({
      kind: z.literal('backup'),
      reason: z.enum(backupReasons),
      destination: z.enum(['this-pc', 'folder']),
      sha256: sha256Hex,
    })
    .strict(),
  /** A restore: the backup restored and the safety backup taken of what it replaced. */
  z.object({ kind: z.literal('restore'), sha256: sha256Hex, safetySha256: sha256Hex.nullable() }).strict(),
  /**
   * The certificate new documents are signed with from now on: made here (at first use, on
   * request, or because the old key cannot be unlocked on this PC) or imported from a .p12.
   */
  z
    .object({
      kind: z.literal('signing-key'),
      change: z.enum(['created', 'imported']),
      reason: z.enum(['first-use', 'requested', 'key-unreadable']),
      certificateSha256: sha256Hex,
    })
    .strict(),
  /**
   * A seal's anchor: the certificate that signed the PDF and the SHA-256 of the PDF's signature
   * (its CMS bytes), so the log notices a PDF re-signed with another key, or altered.
   */
  z
    .object({
      kind: z.literal('seal-signature'),
      documentId: z.string().regex(documentIdPattern),
      certificateSha256: sha256Hex,
      signatureSha256: sha256Hex,
    })
    .strict(),
]);

/** An event as the log holds it. Read leniently on `actor` and `entityId`, for older logs. */
export const auditEventSchema = z
  .object({
    seq: z.number().int().min(1),
    at: z.iso.datetime({ offset: true }),
    /** Who did it: an actor id (see auditActor.ts), or a name in logs written before ids. */
    actor: z.string().min(1).max(200),
    action: z.enum(auditActions),
    /** The appraisal, person or other record it concerns. */
    entityId: z.string().min(1).max(120),
    /** The sealed fingerprint it concerns, when there is one. */
    fingerprint: sha256Hex.nullable(),
    /** A short plain-English note without names, e.g. "The appraisee signed on screen." */
    detail: z.string().max(maxAuditDetailLength),
    facts: auditFactsSchema.optional(),
    prevHash: sha256Hex,
    hash: sha256Hex,
  })
  .strict();
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** What a caller supplies; the chain adds seq, prevHash and hash. */
export type AuditEventInput = Omit<AuditEvent, 'seq' | 'prevHash' | 'hash'>;

/**
 * What may be appended: ids only, every field bounded and single-line, so that whatever is
 * written can be read back by `auditEventSchema` and shown without revealing a name.
 */
export const auditAppendSchema = z
  .object({
    actor: actorRefSchema,
    action: z.enum(auditActions),
    entityId: recordIdSchema,
    fingerprint: sha256Hex.nullable(),
    detail: z
      .string()
      .max(maxAuditDetailLength)
      .refine((text) => !/\p{Cc}/u.test(text), { error: 'must be one line of plain text' }),
    facts: auditFactsSchema.optional(),
  })
  .strict();
export type AuditAppendInput = z.infer<typeof auditAppendSchema>;
