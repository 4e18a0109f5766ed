import { describe, expect, it } from 'vitest';
import type { RecordRow } from '../../../renderer/db/recordsQueries';
import {
  filterRecords,
  noRecordFilters,
  sortRecords,
} from '../../../renderer/features/records/recordFilters';
import { recordsCsv } from '../../../shared/records/recordsCsv';

function row(overrides: Partial<RecordRow>): RecordRow {
  return {
    appraisalId: 'a',
    staffId: 's',
    staffName: 'Łucja Wąsowska',
    role: 'Care assistant',
    team: 'Days',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    meetingDate: '2026-01-10',
    appraiserName: 'María José Núñez',
    status: 'signed',
    version: 1,
    nextDueDate: '2027-01-10',
    management: 2.6666666,
    leadership: null,
    fingerprint: 'f'.repeat(64),
    documentId: 'a-v1',
    ...overrides,
  };
}

const rows = [
  row({ appraisalId: 'a1', staffName: 'Łucja Wąsowska', meetingDate: '2026-01-10' }),
  row({ appraisalId: 'a2', staffName: 'Ben Okafor', team: 'Nights', meetingDate: '2025-06-01' }),
  row({ appraisalId: 'a3', staffName: 'ben okafor', team: 'Nights', meetingDate: '', status: 'draft' }),
];

describe('records filters', () => {
  it('matches names without accents and case, and the meeting date range inclusively', () => {
    expect(filterRecords(rows, { ...noRecordFilters, person: 'lucja' }).map((r) => r.appraisalId)).toEqual([
      'a1',
    ]);
    const range = { ...noRecordFilters, from: '2025-06-01', to: '2026-01-10' };
    // A draft with no meeting date is outside any date range.
    expect(filterRecords(rows, range).map((r) => r.appraisalId)).toEqual(['a1', 'a2']);
    expect(filterRecords(rows, { ...noRecordFilters, team: 'Nights', status: 'draft' })).toHaveLength(1);
  });

  it('sorts by name in either direction, the same every time for equal names', () => {
    const ascending = sortRecords(rows, { key: 'person', direction: 'ascending' }).map((r) => r.appraisalId);
    expect(ascending).toEqual(['a2', 'a3', 'a1']);
    const descending = sortRecords(rows, { key: 'person', direction: 'descending' }).map(
      (r) => r.appraisalId,
    );
    expect(descending).toEqual(['a1', 'a2', 'a3']);
  });
});

describe('records CSV', () => {
  it('has the byte order mark, ISO dates, two-decimal scores and defused formula-like cells', () => {
    const csv = recordsCsv([row({ team: '=HYPERLINK("http://x")', appraiserName: '+44 7700 900123' })]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [, line] = csv.slice(1).split('\r\n');
    expect(line).toBe(
      `Łucja Wąsowska,Care assistant,"'=HYPERLINK(""http://x"")",2025-01-01,2025-12-31,2026-01-10,+44 7700 900123,Signed,1,2.67,,2027-01-10,${'f'.repeat(64)}`,
    );
  });
});
