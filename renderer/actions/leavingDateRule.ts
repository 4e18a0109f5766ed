/**
 * A leaving date cannot come before the person's last signed appraisal meeting: no one is
 * appraised after they leave. Main refuses to destroy records on such a date; the forms say
 * so at once, while the manager is still typing it.
 */
import { formatDate } from '../../shared/dates';
import { lastSignedAppraisal } from '../db/appraisalRepository';
import type { AppDatabase } from '../db/database';
import { InvalidInputError } from '../db/repositoryErrors';

export async function refuseLeavingBeforeLastMeeting(
  db: AppDatabase,
  staffId: string,
  leavingDate: string | null,
): Promise<void> {
  if (leavingDate === null) return;
  const meeting = (await lastSignedAppraisal(db, staffId))?.header.meetingDate ?? '';
  if (meeting !== '' && leavingDate < meeting)
    throw new InvalidInputError({
      leavingDate: `The leaving date cannot be before their last appraisal meeting (${formatDate(meeting)}).`,
    });
}
