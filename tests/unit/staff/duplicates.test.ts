import { describe, expect, it } from 'vitest';
import { editDistanceAtMost, findProbableDuplicates } from '../../../shared/staff/duplicates';
import type { StaffMember } from '../../../shared/staff/staffMember';

function member(id: string, fullName: string): StaffMember {
  return {
    id,
    fullName,
    preferredName: '',
    role: 'Care assistant',
    team: '',
    startDate: '2024-01-01',
    leavingDate: null,
    lineManagerId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const register = [
  member('a', 'Łucja Wąsowska'),
  member('b', 'Nguyễn Thị Hoa'),
  member('c', 'María José Núñez'),
];

describe('probable duplicates', () => {
  it('warns when the same person is typed without accents', () => {
    const found = findProbableDuplicates('lucja wasowska', register);
    expect(found.map((d) => [d.member.id, d.reason])).toEqual([['a', 'same name']]);
  });

  it('warns when the names are in a different order', () => {
    const found = findProbableDuplicates('Hoa Nguyễn Thị', register);
    expect(found.map((d) => [d.member.id, d.reason])).toEqual([['b', 'same name in a different order']]);
  });

  it('warns on a small typo in a longer name', () => {
    const found = findProbableDuplicates('Maria Jose Nunes', register);
    expect(found.map((d) => [d.member.id, d.reason])).toEqual([['c', 'very similar name']]);
  });

  it('does not warn for different people or for the person being edited', () => {
    expect(findProbableDuplicates('Chiamaka Okonkwo-Ìbèkwè', register)).toEqual([]);
    expect(findProbableDuplicates('Łucja Wąsowska', register, 'a')).toEqual([]);
    expect(findProbableDuplicates('', register)).toEqual([]);
  });

  it('measures edit distance correctly at the limit', () => {
    expect(editDistanceAtMost('kitten', 'sitting', 3)).toBe(true);
    expect(editDistanceAtMost('kitten', 'sitting', 2)).toBe(false);
    expect(editDistanceAtMost('abc', 'abc', 0)).toBe(true);
  });
});
