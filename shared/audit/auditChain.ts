/**
 * The audit log's hash chain, as pure functions: make the next event, and check a whole log.
 */
import { CanonicalJsonError, canonicalJson } from '../integrity/canonicalJson';
import { sha256Hex } from '../integrity/sha256';
import { auditEventSchema, genesisHash, type AuditEvent, type AuditEventInput } from './auditEvent';

export function hashOfEvent(event: Omit<AuditEvent, 'hash'>): string {
  const { seq, at, actor, action, entityId, fingerprint, detail, prevHash } = event;
  return sha256Hex(canonicalJson({ seq, at, actor, action, entityId, fingerprint, detail, prevHash }));
}

/** The event that follows `previous` (null for the first event of a log). */
export function nextAuditEvent(previous: AuditEvent | null, input: AuditEventInput): AuditEvent {
  const unhashed = {
    ...input,
    seq: previous === null ? 1 : previous.seq + 1,
    prevHash: previous === null ? genesisHash : previous.hash,
  };
  return { ...unhashed, hash: hashOfEvent(unhashed) };
}

export interface ChainCheck {
  intact: boolean;
  /** Plain-English descriptions of each break, in log order; empty when intact. */
  problems: string[];
  /** The last event's hash, or the genesis hash for an empty log. */
  head: string;
  count: number;
}

/**
 * Checks every link: each event's own hash, that it points at the event before it, and that
 * `seq` runs 1, 2, 3… with no gap. Pass `startsAfter` to check a log that begins mid-chain.
 */
export function verifyAuditChain(
  events: readonly unknown[],
  startsAfter: { seq: number; hash: string } = { seq: 0, hash: genesisHash },
): ChainCheck {
  const problems: string[] = [];
  let expectedSeq = startsAfter.seq + 1;
  let expectedPrev = startsAfter.hash;
  let head = startsAfter.hash;
  events.forEach((raw, index) => {
    const position = `Entry ${index + 1}`;
    const parsed = auditEventSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`${position} is not a valid audit event, so it may have been edited.`);
      return;
    }
    const event = parsed.data;
    const actualHash = hashOrNull(event);
    if (actualHash === null) {
      problems.push(`${position} is not a valid audit event, so it may have been edited.`);
      return;
    }
    if (event.seq !== expectedSeq) {
      problems.push(
        event.seq > expectedSeq
          ? `${position} is number ${event.seq} but ${expectedSeq} was expected: ${event.seq - expectedSeq === 1 ? 'an event is' : `${event.seq - expectedSeq} events are`} missing before it.`
          : `${position} is number ${event.seq} but ${expectedSeq} was expected: events are out of order or repeated.`,
      );
    }
    if (actualHash !== event.hash) {
      problems.push(`${named(position, index, event.seq)} was changed after it was written.`);
    } else if (event.prevHash !== expectedPrev) {
      problems.push(
        `${named(position, index, event.seq)} does not follow the event before it: an event was removed, inserted or moved.`,
      );
    }
    expectedSeq = event.seq + 1;
    expectedPrev = event.hash;
    head = event.hash;
  });
  return { intact: problems.length === 0, problems, head, count: events.length };
}

/** A line edited to hold text no event could have (a broken character) is a problem to report, not a crash. */
function hashOrNull(event: AuditEvent): string | null {
  try {
    return hashOfEvent(event);
  } catch (error) {
    if (error instanceof CanonicalJsonError) return null;
    throw error;
  }
}

/** "Entry 4", or "Entry 5 (numbered 6)" when its place in the file and its number differ. */
function named(position: string, index: number, seq: number): string {
  return seq === index + 1 ? position : `${position} (numbered ${seq})`;
}
