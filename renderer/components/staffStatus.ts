/** Where someone stands on a given day: working, working their notice, or gone. */
import { formatDate } from '../../shared/dates';
import { type StaffMember } from '../../shared/staff/staffMember';
import { isActiveOn } from '../../shared/staff/activeOn';

export type StaffStatus =
  { kind: 'active' } | { kind: 'leaving'; leavingDate: string } | { kind: 'left'; leavingDate: string };

export function staffStatusOn(member: Pick<StaffMember, 'leavingDate'>, todayIso: string): StaffStatus {
  if (member.leavingDate === null) return { kind: 'active' };
  return isActiveOn(member, todayIso)
    ? { kind: 'leaving', leavingDate: member.leavingDate }
    : { kind: 'left', leavingDate: member.leavingDate };
}

export function staffStatusLabel(status: StaffStatus): string {
  switch (status.kind) {
    case 'active':
      return 'Active';
    case 'leaving':
      return `Leaving on ${formatDate(status.leavingDate)}`;
    case 'left':
      return `Left on ${formatDate(status.leavingDate)}`;
  }
}
