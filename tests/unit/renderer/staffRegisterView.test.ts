import { describe, expect, it } from 'vitest';
import { logoDataUrl } from '../../../renderer/features/settings/logoDataUrl';
import {
  lineManagerOptions,
  roleSuggestions,
  rolesInUse,
  teamsInUse,
} from '../../../renderer/features/staff/staffChoices';
import { filterStaff, hasActiveFilters, noStaffFilters } from '../../../renderer/features/staff/staffFilters';
import { staffStatusLabel, staffStatusOn } from '../../../renderer/components/staffStatus';
import { careHomeRoles } from '../../../shared/staff/roles';
import type { StaffMember } from '../../../shared/staff/staffMember';

const today = '2025-06-15';

function person(id: string, fullName: string, overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    id,
    fullName,
    preferredName: '',
    role: 'Care assistant',
    team: '',
    startDate: '2020-01-01',
    leavingDate: null,
    lineManagerId: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const lucja = person('1', 'Łucja Wąsowska', {
  preferredName: 'Lucy',
  team: 'Rose Unit',
  role: 'Team leader',
});
const stefan = person('2', 'Ștefan Țurcanu', { team: 'Rose Unit' });
const chiamaka = person('3', 'Chiamaka Okonkwo-Ìbèkwè', { leavingDate: '2025-01-31', team: 'Nights' });
const hoa = person('4', 'Nguyễn Thị Hoa', { leavingDate: '2025-09-30', role: 'Cook' });
const staff = [lucja, stefan, chiamaka, hoa];

const names = (members: readonly StaffMember[]) => members.map((m) => m.fullName);

describe('register filters', () => {
  it('shows active staff by default, including anyone still working their notice', () => {
    expect(names(filterStaff(staff, noStaffFilters, today))).toEqual(
      [lucja, stefan, hoa].map((m) => m.fullName),
    );
  });

  it('shows leavers (leaving date passed) or everyone on request', () => {
    expect(names(filterStaff(staff, { ...noStaffFilters, show: 'leavers' }, today))).toEqual([
      chiamaka.fullName,
    ]);
    expect(filterStaff(staff, { ...noStaffFilters, show: 'everyone' }, today)).toHaveLength(4);
  });

  it('searches without accents or case, by full or preferred name', () => {
    const search = (query: string) =>
      names(filterStaff(staff, { ...noStaffFilters, query, show: 'everyone' }, today));
    expect(search('lucja wasowska')).toEqual([lucja.fullName]);
    expect(search('STEFAN')).toEqual([stefan.fullName]);
    expect(search('okonkwo ibekwe')).toEqual([chiamaka.fullName]);
    expect(search('nguyen')).toEqual([hoa.fullName]);
    expect(search('lucy')).toEqual([lucja.fullName]);
    expect(search('zofia')).toEqual([]);
  });

  it('narrows by role and team together', () => {
    const filters = { ...noStaffFilters, team: 'Rose Unit', role: 'Team leader' };
    expect(names(filterStaff(staff, filters, today))).toEqual([lucja.fullName]);
    expect(hasActiveFilters(filters)).toBe(true);
    expect(hasActiveFilters({ ...noStaffFilters, show: 'leavers' })).toBe(false);
  });
});

describe('status labels', () => {
  it('says Active, Leaving on or Left on with the date in en-GB', () => {
    expect(staffStatusLabel(staffStatusOn(lucja, today))).toBe('Active');
    expect(staffStatusLabel(staffStatusOn(hoa, today))).toBe('Leaving on 30/09/2025');
    expect(staffStatusLabel(staffStatusOn(chiamaka, today))).toBe('Left on 31/01/2025');
    // The leaving day itself is their last day: from then on they have left.
    expect(staffStatusLabel(staffStatusOn(hoa, '2025-09-30'))).toBe('Left on 30/09/2025');
  });
});

describe('form choices', () => {
  it('offers active staff other than the person as line managers, keeping a current one who has left', () => {
    expect(lineManagerOptions(staff, lucja.id, null, today).map((o) => o.label)).toEqual([
      stefan.fullName,
      hoa.fullName,
    ]);
    expect(lineManagerOptions(staff, stefan.id, chiamaka.id, today).map((o) => o.label)).toEqual([
      'Łucja Wąsowska (Lucy)',
      `${chiamaka.fullName} (has left)`,
      hoa.fullName,
    ]);
  });

  it('suggests the standard roles first, then roles typed before; lists teams in use', () => {
    const withCustom = [...staff, person('5', 'Ana Silva', { role: 'Night co-ordinator' })];
    const suggestions = roleSuggestions(withCustom);
    expect(suggestions.slice(0, careHomeRoles.length)).toEqual([...careHomeRoles]);
    expect(suggestions.slice(careHomeRoles.length)).toEqual(['Night co-ordinator']);
    expect(rolesInUse(withCustom)).toEqual(['Care assistant', 'Cook', 'Night co-ordinator', 'Team leader']);
    expect(teamsInUse(staff)).toEqual(['Nights', 'Rose Unit']);
  });
});

describe('logo preview', () => {
  it('turns the logo bytes into a data: URL the CSP allows, even for a large picture', () => {
    expect(logoDataUrl({ mediaType: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) })).toBe(
      'data:image/png;base64,iVBORw==',
    );
    const large = new Uint8Array(900_000).fill(0xff);
    const url = logoDataUrl({ mediaType: 'image/jpeg', bytes: large });
    expect(url.startsWith('data:image/jpeg;base64,////')).toBe(true);
    expect(url.length).toBe('data:image/jpeg;base64,'.length + 1_200_000);
  });
});
