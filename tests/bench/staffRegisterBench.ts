/** The staff register's per-keystroke and per-save work, on a large home's register. */
import { findProbableDuplicates } from '../../shared/staff/duplicates';
import { nameMatches } from '../../shared/staff/names';
import { staffFormSchema } from '../../shared/staff/staffMember';
import { measure, type Measurement } from './measure';
import { syntheticRegister } from './staffFixtures';

export async function benchmarkStaffRegister(): Promise<Measurement[]> {
  const register = syntheticRegister(500);
  return [
    await measure('Register search', 'filter 500 staff by "lucja was" (accent-blind), one keystroke', () =>
      register.filter((m) => nameMatches(m.fullName, 'lucja was')),
    ),
    await measure('Duplicate check', 'compare a new name against 500 staff before saving', () =>
      findProbableDuplicates('Maria Jose Nunes 17', register),
    ),
    await measure('Form validation', 'validate one staff form', () =>
      staffFormSchema.safeParse({
        fullName: 'Chiamaka Okonkwo-Ìbèkwè',
        preferredName: 'Chi',
        role: 'Team leader',
        team: 'Rose unit',
        startDate: '2023-05-02',
        leavingDate: '',
        lineManagerId: '',
      }),
    ),
  ];
}
