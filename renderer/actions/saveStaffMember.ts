/**
 * Adding or editing someone on the register. A leaving date (set, changed or cleared) is a
 * fact main keeps, because it decides when their records may be destroyed: it is recorded
 * through main first, then the register is written. Everything the register would refuse is
 * checked before main is asked, so a refused form records nothing anywhere.
 */
import type { StaffFormInput } from '../../shared/staff/staffMember';
import { bridge } from '../api';
import type { AppDatabase } from '../db/database';
import type { StaffRecord } from '../db/records';
import { addStaff, checkStaffSave, updateStaff, type StaffSaveResult } from '../db/staffRepository';
import { homeActor } from './actors';
import { refuseLeavingBeforeLastMeeting } from './leavingDateRule';

export async function saveStaffMember(
  db: AppDatabase,
  member: StaffRecord | undefined,
  form: StaffFormInput,
  saveAnyway: boolean,
): Promise<StaffSaveResult> {
  const check = await checkStaffSave(db, member?.id, form, { saveAnyway });
  if (check.status === 'probable-duplicates') return check;
  const leavingDate = check.values.leavingDate === '' ? null : check.values.leavingDate;
  const id = member?.id ?? crypto.randomUUID();
  if (leavingDate !== (member?.leavingDate ?? null)) {
    if (member !== undefined) await refuseLeavingBeforeLastMeeting(db, member.id, leavingDate);
    await bridge().records.setLeavingDate({ staffId: id, leavingDate, actor: homeActor });
  }
  // The duplicate question was answered above; the write re-checks everything else.
  return member === undefined
    ? addStaff(db, form, { saveAnyway: true, id })
    : updateStaff(db, member.id, form, { saveAnyway: true });
}
