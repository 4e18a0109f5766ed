/** Live views of the register for the staff screens; they update as soon as anything is saved. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/databaseContext';
import type { StaffRecord } from '../../db/records';
import { listStaff, staffIdsWithAppraisals } from '../../db/staffQueries';

/** Everyone, in name order; `undefined` while the first read is in progress. */
export function useStaffRegister(): StaffRecord[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listStaff(db), [db]);
}

/** Ids of people with appraisal records (who can never be deleted). */
export function useAppraisedStaffIds(): Set<string> | undefined {
  const db = useDatabase();
  return useLiveQuery(() => staffIdsWithAppraisals(db), [db]);
}
