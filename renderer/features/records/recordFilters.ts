/**
 * The records list's filters and sorting, pure so they are the same on screen and in the CSV
 * (which saves exactly the rows the manager is looking at, in the same order).
 */
import type { AppraisalStatus } from '../../../shared/appraisal/appraisal';
import { nameKey, nameMatches } from '../../../shared/staff/names';
import type { RecordRow } from '../../db/recordsQueries';

export interface RecordFilterState {
  person: string;
  team: string;
  role: string;
  /** Meeting date from / to (ISO, inclusive); '' for no limit. */
  from: string;
  to: string;
  status: AppraisalStatus | 'any';
  /** An appraiser's name: matches every spelling of it that differs only in case, accents or spacing. */
  appraiser: string;
}

export const noRecordFilters: RecordFilterState = {
  person: '',
  team: '',
  role: '',
  from: '',
  to: '',
  status: 'any',
  appraiser: '',
};

export type RecordSortKey = 'person' | 'team' | 'role' | 'meetingDate' | 'appraiser' | 'status' | 'nextDue';
export interface RecordSort {
  key: RecordSortKey;
  direction: 'ascending' | 'descending';
}
export const defaultRecordSort: RecordSort = { key: 'meetingDate', direction: 'descending' };

export function hasRecordFilters(filters: RecordFilterState): boolean {
  return (Object.keys(noRecordFilters) as (keyof RecordFilterState)[]).some(
    (key) => filters[key] !== noRecordFilters[key],
  );
}

export function filterRecords(rows: readonly RecordRow[], filters: RecordFilterState): RecordRow[] {
  return rows.filter(
    (row) =>
      nameMatches(row.staffName, filters.person) &&
      (filters.team === '' || row.team === filters.team) &&
      (filters.role === '' || row.role === filters.role) &&
      (filters.appraiser === '' || nameKey(row.appraiserName) === nameKey(filters.appraiser)) &&
      (filters.status === 'any' || row.status === filters.status) &&
      (filters.from === '' || (row.meetingDate !== '' && row.meetingDate >= filters.from)) &&
      (filters.to === '' || (row.meetingDate !== '' && row.meetingDate <= filters.to)),
  );
}

const text = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

function sortValue(row: RecordRow, key: RecordSortKey): string {
  switch (key) {
    case 'person':
      return row.staffName;
    case 'team':
      return row.team;
    case 'role':
      return row.role;
    case 'meetingDate':
      return row.meetingDate;
    case 'appraiser':
      return row.appraiserName;
    case 'status':
      return row.status;
    case 'nextDue':
      return row.nextDueDate;
  }
}

/** Sorted copy; ties keep a stable order (person, then newest version first). */
export function sortRecords(rows: readonly RecordRow[], sort: RecordSort): RecordRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * text.compare(sortValue(a, sort.key), sortValue(b, sort.key)) ||
      text.compare(a.staffName, b.staffName) ||
      b.version - a.version ||
      a.appraisalId.localeCompare(b.appraisalId),
  );
}

/** The distinct non-empty values of one column, sorted, for a filter's choices. */
export function choicesOf(rows: readonly RecordRow[], pick: (row: RecordRow) => string): string[] {
  return [...new Set(rows.map(pick).filter((v) => v !== ''))].sort((a, b) => text.compare(a, b));
}

/**
 * The appraisers to filter by, one per person however their name was typed: spellings that
 * differ only in case, accents or spacing are one choice, shown as the spelling used most, then
 * the newest (a register choice copies the register's exact name, so that is usually it).
 */
export function appraiserChoices(rows: readonly RecordRow[]): string[] {
  const spellings = new Map<string, Map<string, { count: number; latest: string }>>();
  for (const { appraiserName, meetingDate } of rows) {
    const key = nameKey(appraiserName);
    if (key === '') continue;
    const uses = spellings.get(key) ?? new Map<string, { count: number; latest: string }>();
    const seen = uses.get(appraiserName) ?? { count: 0, latest: '' };
    uses.set(appraiserName, {
      count: seen.count + 1,
      latest: meetingDate > seen.latest ? meetingDate : seen.latest,
    });
    spellings.set(key, uses);
  }
  const shown = [...spellings.values()].map(
    (uses) =>
      [...uses].sort(([, a], [, b]) => b.count - a.count || b.latest.localeCompare(a.latest))[0]?.[0] ?? '',
  );
  return shown.sort((a, b) => text.compare(a, b));
}
