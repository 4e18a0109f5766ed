/** The choices the staff form and filters offer, drawn from the register itself. */
import { careHomeRoles } from '../../../shared/staff/roles';
import { type StaffMember } from '../../../shared/staff/staffMember';
import { isActiveOn } from '../../../shared/staff/activeOn';
import { displayName } from '../../../shared/staff/names';

const textOrder = new Intl.Collator('en-GB', { sensitivity: 'base' });

function distinctSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v !== '').sort(textOrder.compare);
}

/** The suggested roles first, then any other role a manager has typed before. */
export function roleSuggestions(staff: readonly StaffMember[]): string[] {
  const known = new Set<string>(careHomeRoles);
  return [...careHomeRoles, ...distinctSorted(staff.map((m) => m.role)).filter((r) => !known.has(r))];
}

export function rolesInUse(staff: readonly StaffMember[]): string[] {
  return distinctSorted(staff.map((m) => m.role));
}

export function teamsInUse(staff: readonly StaffMember[]): string[] {
  return distinctSorted(staff.map((m) => m.team));
}

export interface LineManagerOption {
  id: string;
  label: string;
}

/**
 * Active staff other than the person themselves. Someone's current line manager stays on
 * the list even after leaving, so editing other details never silently changes it.
 */
export function lineManagerOptions(
  staff: readonly StaffMember[],
  selfId: string | undefined,
  currentLineManagerId: string | null,
  todayIso: string,
): LineManagerOption[] {
  return staff
    .filter((m) => m.id !== selfId && (isActiveOn(m, todayIso) || m.id === currentLineManagerId))
    .map((m) => ({
      id: m.id,
      label: isActiveOn(m, todayIso) ? displayName(m) : `${displayName(m)} (has left)`,
    }));
}
