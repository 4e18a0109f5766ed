/** Which people the register shows for the manager's search and filters. Pure, so it is unit-tested. */
import { nameWords, queryWords, wordsMatch } from '../../../shared/staff/names';
import { type StaffMember } from '../../../shared/staff/staffMember';
import { isActiveOn } from '../../../shared/staff/activeOn';

/** Active includes people working their notice; leavers are those whose leaving date has passed. */
export const showOptions = ['active', 'leavers', 'everyone'] as const;
export type ShowOption = (typeof showOptions)[number];

export interface StaffFilterState {
  query: string;
  /** '' means any role / any team. */
  role: string;
  team: string;
  show: ShowOption;
}

export const noStaffFilters: StaffFilterState = { query: '', role: '', team: '', show: 'active' };

export function isShowOption(value: string): value is ShowOption {
  return (showOptions as readonly string[]).includes(value);
}

export function matchesShow(
  member: Pick<StaffMember, 'leavingDate'>,
  show: ShowOption,
  todayIso: string,
): boolean {
  if (show === 'everyone') return true;
  return isActiveOn(member, todayIso) === (show === 'active');
}

/**
 * A member of staff with their names' search words worked out once for the whole list, so a
 * keystroke in the search box only compares words (folding accents 500 times a key is slow on
 * an office PC).
 */
export interface SearchableMember<M extends StaffMember> {
  member: M;
  fullName: readonly string[];
  /** Null when they have no preferred name. */
  preferredName: readonly string[] | null;
}

export function searchableStaff<M extends StaffMember>(staff: readonly M[]): SearchableMember<M>[] {
  return staff.map((member) => ({
    member,
    fullName: nameWords(member.fullName),
    preferredName: member.preferredName === '' ? null : nameWords(member.preferredName),
  }));
}

/** The people the register shows for these filters, in the list's order. */
export function filterSearchable<M extends StaffMember>(
  staff: readonly SearchableMember<M>[],
  filters: StaffFilterState,
  todayIso: string,
): M[] {
  const query = queryWords(filters.query);
  const shown: M[] = [];
  for (const { member, fullName, preferredName } of staff) {
    if (
      matchesShow(member, filters.show, todayIso) &&
      (filters.role === '' || member.role === filters.role) &&
      (filters.team === '' || member.team === filters.team) &&
      // Preferred names count too: a manager may search for "Chi" or "Lucy".
      (wordsMatch(fullName, query) || (preferredName !== null && wordsMatch(preferredName, query)))
    )
      shown.push(member);
  }
  return shown;
}

export function filterStaff<M extends StaffMember>(
  staff: readonly M[],
  filters: StaffFilterState,
  todayIso: string,
): M[] {
  return filterSearchable(searchableStaff(staff), filters, todayIso);
}

export function hasActiveFilters(filters: StaffFilterState): boolean {
  return filters.query.trim() !== '' || filters.role !== '' || filters.team !== '';
}
