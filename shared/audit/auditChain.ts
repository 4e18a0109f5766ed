/**
 * The audit log's hash chain, as pure functions: make the next event, and check a log (whole,
 * or streamed one entry at a time).
 */
import { CanonicalJsonError, canonicalJson } from '../integrity/canonicalJson';
import { sha256Hex } from '../integrity/sha256';
import { auditEventSchema, genesisHash, type AuditEvent, type AuditEventInput } from './auditEvent';

/** `facts` is hashed only when present, so events written before it existed keep their hashes. */
export function hashOfEvent(event: Omit<AuditEvent, 'hash'>): string {
  const { seq, at, actor, action, entityId, fingerprint, detail, facts, prevHash } = event;
  return sha256Hex(
    canonicalJson({
      seq,
      at,
      actor,
      action,
      entityId,
      fingerprint,
      detail,
      ...(facts === undefined ? {} : { facts }),
      prevHash,
    }),
  );
}

/** The event that follows `previous` (null for the first event of a log). */
export function nextAuditEvent(
  previous: Pick<AuditEvent, 'seq' | 'hash'> | null,
  input: AuditEventInput,
): AuditEvent {
  const { facts, ...rest } = input;
  const unhashed = {
    ...rest,
    ...(facts === undefined ? {} : { facts }),
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

/** Checks a log one entry at a time, so a long file can be streamed rather than held. */
export interface ChainVerifier {
  /** Checks the entry at `position` (1-based, in file order); returns it when it reads as an event. */
  next(raw: unknown, position: number): AuditEvent | null;
  /** What has been found so far; `count` is the number of entries given to `next`. */
  result(): ChainCheck;
}

export interface ChainVerifierOptions {
  /** Where the entries begin: after this event (the genesis for a whole log). */
  startsAfter?: { seq: number; hash: string };
  /** How a problem names an entry: "Entry 4" in a pack, "Line 4 of the audit log" on disk. */
  label?: (position: number) => string;
}

/**
 * Checks every link: each event's own hash, that it points at the event before it, and that
 * `seq` runs 1, 2, 3… with no gap.
 *
 * After an entry that cannot be read, the next event is checked for its own hash only and
 * for a number that fits: it may be the event that followed the damaged one (its link points
 * at what cannot be read) or one appended after the damage, continuing from the last readable
 * event (then its link is checked). The damage is reported once, not again for every event after it.
 */
export function createChainVerifier(options: ChainVerifierOptions = {}): ChainVerifier {
  const startsAfter = options.startsAfter ?? { seq: 0, hash: genesisHash };
  const label = options.label ?? ((position: number) => `Entry ${position}`);
  const problems: string[] = [];
  let expectedSeq = startsAfter.seq + 1;
  let expectedPrev = startsAfter.hash;
  let head = startsAfter.hash;
  let count = 0;
  let unreadableSince = 0;

  function unreadable(position: number): null {
    problems.push(`${label(position)} is not a valid audit event, so it may have been edited.`);
    unreadableSince += 1;
    return null;
  }

  return {
    next(raw, position) {
      count += 1;
      const parsed = auditEventSchema.safeParse(raw);
      if (!parsed.success) return unreadable(position);
      const event = parsed.data;
      const actualHash = hashOrNull(event);
      if (actualHash === null) return unreadable(position);
      const latestSeq = expectedSeq + unreadableSince;
      if (event.seq < expectedSeq || (unreadableSince === 0 && event.seq > expectedSeq)) {
        problems.push(
          event.seq > expectedSeq
            ? `${label(position)} is number ${event.seq} but ${expectedSeq} was expected: ${missing(event.seq - expectedSeq)} before it.`
            : `${label(position)} is number ${event.seq} but ${expectedSeq} was expected: events are out of order or repeated.`,
        );
      } else if (event.seq > latestSeq) {
        problems.push(
          `${label(position)} is number ${event.seq} but no more than ${latestSeq} was expected: ${missing(event.seq - latestSeq)} before it.`,
        );
      }
      // After unreadable entries only an event numbered straight after the last readable one
      // has a link we can check.
      const linkKnown = unreadableSince === 0 || event.seq === expectedSeq;
      if (actualHash !== event.hash) {
        problems.push(`${named(label(position), position, event.seq)} was changed after it was written.`);
      } else if (linkKnown && event.prevHash !== expectedPrev) {
        problems.push(
          `${named(label(position), position, event.seq)} does not follow the event before it: an event was removed, inserted or moved.`,
        );
      }
      expectedSeq = event.seq + 1;
      expectedPrev = event.hash;
      head = event.hash;
      unreadableSince = 0;
      return event;
    },
    result: () => ({ intact: problems.length === 0, problems: [...problems], head, count }),
  };
}

/** Checks a whole log held as an array (a pack's audit-log.json); problems name "Entry N". */
export function verifyAuditChain(
  events: readonly unknown[],
  startsAfter: { seq: number; hash: string } = { seq: 0, hash: genesisHash },
): ChainCheck {
  const verifier = createChainVerifier({ startsAfter });
  events.forEach((raw, index) => verifier.next(raw, index + 1));
  return verifier.result();
}

function missing(n: number): string {
  return n === 1 ? 'an event is missing' : `${n} events are missing`;
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
function named(label: string, position: number, seq: number): string {
  return seq === position ? label : `${label} (numbered ${seq})`;
}
