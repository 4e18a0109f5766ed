/** The register's search, for the choosers: every word typed starts a word of the full or preferred name. */
import { nameMatches } from '../../../../shared/staff/names';
import type { StaffMember } from '../../../../shared/staff/staffMember';

export function peopleMatching<T extends Pick<StaffMember, 'fullName' | 'preferredName'>>(
  people: readonly T[],
  query: string,
): T[] {
  return people.filter((p) => nameMatches(p.fullName, query) || nameMatches(p.preferredName, query));
}
