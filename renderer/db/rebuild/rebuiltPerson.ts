/**
 * A member of staff brought back from their signed documents, as they were named at signing on
 * their newest one. The documents carry the name, role and team; what the register needs but
 * no document holds gets a stated default, and the outcome tells the manager to check it:
 * - start date: the earliest date their records show them working here (the start of their
 *   earliest appraisal period, else its meeting date, else the day it was sealed): the register
 *   needs a date, and this one is never later than the truth;
 * - preferred name: none; line manager: none; leaving date: none here (main's recorded leaving
 *   dates are mirrored straight after the rebuild, by `mirrorRecordFacts`).
 */
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { nameKey } from '../../../shared/staff/names';
import { staffMemberSchema, type StaffMember } from '../../../shared/staff/staffMember';
import type { StaffRecord } from '../records';

/** Used only when a document's role is blank, which a sealed record should never be. */
export const roleNotRecorded = 'Not recorded';

/** What is kept of a person while the vault is read: their newest header and earliest date. */
export interface PersonSeen {
  staffId: string;
  header: AppraisalDocument['appraisal']['header'];
  /** Their newest document (the one the header comes from). */
  newest: SealingOrder;
  earliestDate: string;
}

/** The earliest date a document shows the person working here (a plain ISO date). */
function earliestDateOf(document: AppraisalDocument, sealedAt: string): string {
  const { periodStart, meetingDate } = document.appraisal.header;
  return [periodStart, meetingDate].find((date) => date !== '') ?? sealedAt.slice(0, 10);
}

/** Where a document stands in signing order: when it was sealed, then its version, then its id. */
export interface SealingOrder {
  sealedAt: string;
  version: number;
  documentId: string;
}

export function isNewer(a: SealingOrder, than: SealingOrder): boolean {
  const byTime = Date.parse(a.sealedAt) - Date.parse(than.sealedAt);
  if (byTime !== 0) return byTime > 0;
  return a.version !== than.version ? a.version > than.version : a.documentId > than.documentId;
}

export function seePerson(
  seen: PersonSeen | undefined,
  document: AppraisalDocument,
  sealedAt: string,
): PersonSeen {
  const earliest = earliestDateOf(document, sealedAt);
  const order = { sealedAt, version: document.appraisal.version, documentId: document.documentId };
  const earliestDate = seen === undefined || earliest < seen.earliestDate ? earliest : seen.earliestDate;
  if (seen !== undefined && !isNewer(order, seen.newest)) return { ...seen, earliestDate };
  return {
    staffId: document.appraisal.staffId,
    header: document.appraisal.header,
    newest: order,
    earliestDate,
  };
}

export function rebuiltStaffRecord(person: PersonSeen, now: string): StaffRecord {
  const { staffName, roleAtTime, teamAtTime } = person.header;
  const member = staffMemberSchema.parse({
    id: person.staffId,
    fullName: staffName,
    preferredName: '',
    role: roleAtTime.trim() === '' ? roleNotRecorded : roleAtTime,
    team: teamAtTime,
    startDate: person.earliestDate,
    leavingDate: null,
    lineManagerId: null,
    createdAt: now,
    updatedAt: now,
  } satisfies StaffMember);
  return { ...member, nameKey: nameKey(member.fullName) };
}
