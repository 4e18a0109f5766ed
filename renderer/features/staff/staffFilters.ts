/** Which people the register shows for the manager's search and filters. Pure, so it is unit-tested. */
import { nameMatches } from '../../../shared/staff/names';
import { isActiveOn, type StaffMember } from '../../../shared/staff/staffMember';

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

export function filterStaff<M extends StaffMember>(
  staff: readonly M[],
  filters: StaffFilterState,
  todayIso: string,
): M[] {
  return staff.filter(
    (member) =>
      matchesShow(member, filters.show, todayIso) &&
      (filters.role === '' || member.role === filters.role) &&
      (filters.team === '' || member.team === filters.team) &&
      // Preferred names count too: a manager may search for "Chi" or "Lucy".
      (nameMatches(member.fullName, filters.query) ||
        (member.preferredName !== '' && nameMatches(member.preferredName, filters.query))),
  );
}

export function hasActiveFilters(filters: StaffFilterState): boolean {
  return filters.query.trim() !== '' || filters.role !== '' || filters.team !== '';
}
