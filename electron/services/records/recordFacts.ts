/**
 * What main holds as fact about leavers and retention, read back from the events that recorded
 * them in its own audit log: the latest leaving date recorded for each person, the latest
 * retention period, and every destruction. Nothing here comes from a window's say-so at the
 * time of asking; each fact was recorded through main, with main's clock, as an event.
 */
import type { AuditEvent } from '../../../shared/audit/auditEvent';
import { defaultRetentionYearsAfterLeaving } from '../../../shared/settings/homeSettings';

interface DestroyFact {
  staffId: string;
  documents: { documentId: string; fingerprint: string }[];
  /** The destroy event's own seq, to tell one destruction from another. */
  seq: number;
}

export interface RecordFacts {
  /** Leaving date by staff id; null when it was recorded as cleared. */
  leavingDates: Map<string, string | null>;
  retentionYears: number;
  retentionRecorded: boolean;
  destroys: DestroyFact[];
}

export function recordFactsFrom(events: readonly AuditEvent[]): RecordFacts {
  const facts: RecordFacts = {
    leavingDates: new Map(),
    retentionYears: defaultRetentionYearsAfterLeaving,
    retentionRecorded: false,
    destroys: [],
  };
  for (const { facts: fact, seq } of events) {
    switch (fact?.kind) {
      case 'leaving-date':
        facts.leavingDates.set(fact.staffId, fact.leavingDate);
        break;
      case 'retention-period':
        facts.retentionYears = fact.years;
        facts.retentionRecorded = true;
        break;
      case 'destroy':
        facts.destroys.push({ staffId: fact.staffId, documents: fact.documents, seq });
        break;
      case undefined:
        break;
    }
  }
  return facts;
}
