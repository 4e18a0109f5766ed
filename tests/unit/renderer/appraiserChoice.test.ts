/**
 * Who appraises: the default a new appraisal starts with, and the records filter listing each
 * appraiser once however their name was typed.
 */
import { describe, expect, it } from 'vitest';
import type { RecordRow } from '../../../renderer/db/recordsQueries';
import {
  appraiserCandidates,
  defaultAppraiser,
  notOnRegister,
} from '../../../renderer/features/appraisal/start/appraiserChoice';
import {
  appraiserChoices,
  filterRecords,
  noRecordFilters,
} from '../../../renderer/features/records/recordFilters';

const maria = { id: 'staff-maria', fullName: 'María José Núñez', role: 'Registered manager' };
const stefan = { id: 'staff-stefan', fullName: 'Ștefan Țurcanu', role: 'Deputy manager' };
const hoa = { id: 'staff-hoa', fullName: 'Nguyễn Thị Hoa', role: 'Senior carer' };
const register = [maria, stefan, hoa];

describe('the appraiser a new appraisal starts with', () => {
  const base = { candidates: appraiserCandidates(register, hoa.id), appraiseeName: hoa.fullName };

  it('is the registered manager from the register, with the register’s spelling and role', () => {
    expect(defaultAppraiser({ ...base, registeredManager: 'maria jose nunez', lastUsed: null })).toEqual({
      choice: maria.id,
      name: 'María José Núñez',
      role: 'Registered manager',
    });
  });

  it('is otherwise whoever appraised last: from the register if they are on it, else as typed', () => {
    const lastUsed = { name: 'Stefan Turcanu', role: 'Deputy' };
    expect(defaultAppraiser({ ...base, registeredManager: 'Dr Ama Mensah', lastUsed })).toEqual({
      choice: stefan.id,
      name: 'Ștefan Țurcanu',
      role: 'Deputy manager',
    });
    const visitor = { name: 'Dr Ama Mensah', role: 'Area manager' };
    expect(defaultAppraiser({ ...base, registeredManager: '', lastUsed: visitor })).toEqual({
      choice: notOnRegister,
      ...visitor,
    });
  });

  it('falls back to the registered manager as typed in Settings, and to no one without one', () => {
    expect(defaultAppraiser({ ...base, registeredManager: 'Dr Ama Mensah', lastUsed: null })).toEqual({
      choice: notOnRegister,
      name: 'Dr Ama Mensah',
      role: 'Registered manager',
    });
    expect(defaultAppraiser({ ...base, registeredManager: '', lastUsed: null })).toEqual({
      choice: '',
      name: '',
      role: '',
    });
  });

  it('is never the person being appraised', () => {
    const appraisingMaria = {
      candidates: appraiserCandidates(register, maria.id),
      appraiseeName: maria.fullName,
    };
    expect(appraisingMaria.candidates.map((p) => p.id)).toEqual([stefan.id, hoa.id]);
    expect(
      defaultAppraiser({
        ...appraisingMaria,
        registeredManager: 'María José Núñez',
        lastUsed: { name: 'María José Núñez', role: 'Registered manager' },
      }),
    ).toEqual({ choice: '', name: '', role: '' });
  });
});

function row(appraisalId: string, appraiserName: string, meetingDate = '2026-01-10'): RecordRow {
  return {
    appraisalId,
    staffId: 's',
    staffName: 'Łucja Wąsowska',
    role: 'Care assistant',
    team: 'Days',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    meetingDate,
    appraiserName,
    status: 'signed',
    version: 1,
    nextDueDate: '2027-01-10',
    management: null,
    leadership: null,
    fingerprint: 'f'.repeat(64),
    documentId: `${appraisalId}-v1`,
  };
}

describe('the records filter by appraiser', () => {
  const rows = [
    row('a1', 'María José Núñez'),
    row('a2', 'maria jose nunez'),
    row('a3', 'María José Núñez'),
    row('a4', 'Ștefan Țurcanu'),
    row('a5', ''),
  ];

  it('lists each appraiser once, spelt as most of their records spell them', () => {
    expect(appraiserChoices(rows)).toEqual(['María José Núñez', 'Ștefan Țurcanu']);
  });

  it('shows the newest spelling when two are used as often', () => {
    const typedThenChosen = [
      row('b1', 'stefan turcanu', '2025-02-01'),
      row('b2', 'Ștefan Țurcanu', '2026-02-01'),
    ];
    expect(appraiserChoices(typedThenChosen)).toEqual(['Ștefan Țurcanu']);
    expect(appraiserChoices([...typedThenChosen].reverse())).toEqual(['Ștefan Țurcanu']);
  });

  it('finds every record of that appraiser, whichever spelling it has', () => {
    const found = filterRecords(rows, { ...noRecordFilters, appraiser: 'María José Núñez' });
    expect(found.map((r) => r.appraisalId)).toEqual(['a1', 'a2', 'a3']);
  });
});
