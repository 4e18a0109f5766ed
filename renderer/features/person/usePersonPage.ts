/** Everything the person's page shows, read together and kept live. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import type { ComplianceRow } from '../../../shared/compliance/complianceRow';
import { complianceRowFor } from '../../../shared/compliance/complianceStatus';
import { useDatabase } from '../../app/databaseContext';
import {
  listAppraisalsForStaff,
  profileHistory,
  type ProfileHistoryPoint,
} from '../../db/appraisalRepository';
import type { StaffRecord } from '../../db/records';
import { getSettings } from '../../db/settingsRepository';
import { getStaff } from '../../db/staffQueries';

export interface PersonPageData {
  member: StaffRecord;
  lineManager: StaffRecord | null;
  appraisals: Appraisal[];
  history: ProfileHistoryPoint[];
  /** Null for someone who has left (they are not counted on the dashboard). */
  compliance: ComplianceRow | null;
}

/** `undefined` while loading; `null` when there is no such person. */
export function usePersonPage(staffId: string, today: string): PersonPageData | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const member = await getStaff(db, staffId);
    if (member === undefined) return null;
    const [appraisals, history, settings, lineManager] = await Promise.all([
      listAppraisalsForStaff(db, staffId),
      profileHistory(db, staffId),
      getSettings(db),
      member.lineManagerId === null ? undefined : getStaff(db, member.lineManagerId),
    ]);
    const compliance = complianceRowFor(member, appraisals, settings?.appraisalIntervalMonths ?? 12, today);
    return { member, lineManager: lineManager ?? null, appraisals, history, compliance };
  }, [db, staffId, today]);
}
