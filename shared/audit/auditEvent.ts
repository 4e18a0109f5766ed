/**
 * One entry in the append-only audit log. Each event carries the hash of the one before it
 * (`prevHash`) and its own `hash` (SHA-256 of the canonical JSON of every other field), so
 * editing, deleting, reordering or inserting an event breaks the chain where it happened.
 */
import { z } from 'zod';
import { sha256HexPattern } from '../integrity/sha256';

export const auditActions = [
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
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Actions the renderer reports itself; the rest are written by main as it does the work. */
export const rendererAuditActions = [
  'create',
  'sign',
  'unsign',
  'amend',
  'discard',
] as const satisfies readonly AuditAction[];
export type RendererAuditAction = (typeof rendererAuditActions)[number];

export const auditActionLabels = {
  create: 'Created',
  sign: 'Signed',
  unsign: 'Signature removed',
  seal: 'Sealed',
  amend: 'Amendment started',
  print: 'Printed',
  export: 'Copy saved',
  restore: 'Restored',
  verify: 'Checked',
  discard: 'Draft discarded',
  destroy: 'Destroyed after retention',
} as const satisfies Record<AuditAction, string>;

/** The hash the first event points back to. */
export const genesisHash = '0'.repeat(64);

const sha256Hex = z.string().regex(sha256HexPattern);

export const auditEventSchema = z
  .object({
    seq: z.number().int().min(1),
    at: z.iso.datetime({ offset: true }),
    /** Who did it, as the app knows them (the appraiser or the registered manager). */
    actor: z.string().min(1).max(200),
    action: z.enum(auditActions),
    /** The appraisal (or other record) it concerns. */
    entityId: z.string().min(1).max(120),
    /** The sealed fingerprint it concerns, when there is one. */
    fingerprint: sha256Hex.nullable(),
    /** A short plain-English note, e.g. "Appraisee signed on screen". */
    detail: z.string().max(500),
    prevHash: sha256Hex,
    hash: sha256Hex,
  })
  .strict();
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** What a caller supplies; the chain adds seq, prevHash and hash. */
export type AuditEventInput = Omit<AuditEvent, 'seq' | 'prevHash' | 'hash'>;
