/**
 * Marking someone as a leaver: the leaving date is recorded through main (it decides when
 * their records may be destroyed), then the register shows it.
 */
import { formatDate, isIsoDate } from '../../shared/dates';
import { bridge } from '../api';
import type { AppDatabase } from '../db/database';
import type { StaffRecord } from '../db/records';
import { InvalidInputError, RefusedChangeError } from '../db/repositoryErrors';
import { markLeaver as markLeaverInRegister } from '../db/staffRepository';
import { getStaff } from '../db/staffQueries';
import { homeActor } from './actors';
import { refuseLeavingBeforeLastMeeting } from './leavingDateRule';

export async function markLeaver(
  db: AppDatabase,
  staffId: string,
  leavingDate: string,
): Promise<StaffRecord> {
  if (!isIsoDate(leavingDate)) {
    throw new InvalidInputError({ leavingDate: 'Enter the leaving date as a real date.' });
  }
  const member = await getStaff(db, staffId);
  if (member === undefined) {
    throw new RefusedChangeError('That person is no longer on the staff register. Nothing was changed.');
  }
  if (leavingDate < member.startDate) {
    throw new InvalidInputError({
      leavingDate: `The leaving date cannot be before they started (${formatDate(member.startDate)}).`,
    });
  }
  await refuseLeavingBeforeLastMeeting(db, staffId, leavingDate);
  await bridge().records.setLeavingDate({ staffId, leavingDate, actor: homeActor });
  return markLeaverInRegister(db, staffId, leavingDate);
}
