/** A synthetic register of staff with names from many languages, for benchmarks. */
import type { StaffMember } from '../../shared/staff/staffMember';
import { careHomeRoles } from '../../shared/staff/roles';

const givenNames = [
  'Łucja',
  'Ștefan',
  'Chiamaka',
  'María José',
  'Nguyễn Thị',
  'Aisha',
  'John',
  'Priya',
  'Oluwaseun',
  'Siobhán',
  'Zoë',
  'Mateusz',
];
const familyNames = [
  'Wąsowska',
  'Țurcanu',
  'Okonkwo-Ìbèkwè',
  'Núñez',
  'Hoa',
  'Khan',
  'Smith',
  'Patel',
  'Adébáyọ̀',
  "O'Connor",
  'Brontë',
  'Kowalczyk',
];

export function syntheticRegister(size: number): StaffMember[] {
  return Array.from({ length: size }, (_, i) => ({
    id: `staff-${i}`,
    fullName: `${givenNames[i % givenNames.length] ?? ''} ${familyNames[Math.floor(i / givenNames.length) % familyNames.length] ?? ''} ${i}`,
    preferredName: '',
    role: careHomeRoles[i % careHomeRoles.length] ?? 'Care assistant',
    team: `Unit ${i % 6}`,
    startDate: '2020-01-01',
    leavingDate: i % 7 === 0 ? '2025-06-30' : null,
    lineManagerId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
}
