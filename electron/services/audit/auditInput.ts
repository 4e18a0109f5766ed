/**
 * What the log agrees to write. Every append is checked against `auditAppendSchema` (ids only,
 * bounded, one line) before anything touches the disk, and the line built from it is read back
 * through `auditEventSchema` first: a line that could not be read back would break the chain
 * for good, since nothing in the log may be edited.
 */
import type { z } from 'zod';
import { hashOfEvent, nextAuditEvent } from '../../../shared/audit/auditChain';
import {
  auditAppendSchema,
  auditEventSchema,
  type AuditAppendInput,
  type AuditEvent,
} from '../../../shared/audit/auditEvent';
import { CanonicalJsonError, canonicalJson } from '../../../shared/integrity/canonicalJson';

/** Refused by the log before anything was written; the message says why in plain English. */
export class AuditInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditInputError';
  }
}

/** The checked input; throws AuditInputError when it may not be logged. */
export function checkAppendInput(input: AuditAppendInput): AuditAppendInput {
  const parsed = auditAppendSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const reasons = [...new Set(parsed.error.issues.map(describeIssue))];
  throw new AuditInputError(`The audit event was not written, because ${reasons.join('; ')}.`);
}

/** The event after `head` and its line (with the newline), once the line is known to read back. */
export function buildAuditLine(
  head: { seq: number; hash: string } | null,
  input: AuditAppendInput,
  at: Date,
): { event: AuditEvent; line: string } {
  let event: AuditEvent;
  let text: string;
  try {
    event = nextAuditEvent(head, { ...input, at: at.toISOString() });
    text = canonicalJson(event);
  } catch (error) {
    if (error instanceof CanonicalJsonError)
      throw new AuditInputError('The audit event was not written, because it holds a broken character.');
    throw error;
  }
  const readBack = auditEventSchema.safeParse(JSON.parse(text));
  if (!readBack.success || hashOfEvent(readBack.data) !== event.hash)
    throw new AuditInputError('The audit event was not written, because it would not read back as written.');
  return { event, line: `${text}\n` };
}

const fieldNames: Record<string, string> = {
  actor: 'who did it (the actor)',
  action: 'the action',
  entityId: 'the record id',
  fingerprint: 'the fingerprint',
  detail: 'the note',
  facts: 'the facts it records',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  const [field] = issue.path;
  const name = typeof field === 'string' ? (fieldNames[field] ?? `"${field}"`) : 'the event';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `the event has fields it may not carry (${issue.keys.join(', ')})`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${name} is too long (at most ${String(issue.maximum)} characters)`
        : `${name} has too many entries`;
    case 'invalid_type':
      return `${name} is missing or of the wrong kind`;
    case 'invalid_value':
      return `${name} is not one the log knows`;
    default:
      // Our schemas' own messages read after the field's name ("is not a record id").
      return /^[a-z]/.test(issue.message) ? `${name} ${issue.message}` : `${name} is not valid`;
  }
}
