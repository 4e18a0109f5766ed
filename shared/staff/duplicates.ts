/**
 * Probable-duplicate warnings for the staff register. A warning, never a block: two people
 * with the same name do work in the same home, but a typo'd second entry is more common.
 */
import { nameKey } from './names';
import type { StaffMember } from './staffMember';

export interface ProbableDuplicate {
  member: StaffMember;
  reason: 'same name' | 'same name in a different order' | 'very similar name';
}

export function findProbableDuplicates(
  fullName: string,
  register: readonly StaffMember[],
  excludeId?: string,
): ProbableDuplicate[] {
  const key = nameKey(fullName);
  if (key === '') return [];
  const sortedKey = sortWords(key);
  const found: ProbableDuplicate[] = [];
  for (const member of register) {
    if (member.id === excludeId) continue;
    const other = nameKey(member.fullName);
    if (other === key) found.push({ member, reason: 'same name' });
    else if (sortWords(other) === sortedKey) found.push({ member, reason: 'same name in a different order' });
    else if (key.length >= 8 && editDistanceAtMost(key, other, 2))
      found.push({ member, reason: 'very similar name' });
  }
  return found;
}

function sortWords(key: string): string {
  return key.split(' ').sort().join(' ');
}

/** Levenshtein distance, stopping early once it cannot be within `limit`. */
export function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return false;
    previous = current;
  }
  return (previous[b.length] ?? Infinity) <= limit;
}
