/**
 * Brings the register and Settings into line with what main holds as fact: leaving dates and
 * the retention period are main's (they decide what may be destroyed), so main's value wins.
 * A leaving date or retention period main has never heard of (saved by a version of the app
 * from before main kept them) is recorded through main once, as any change would be.
 */
import type { ResponseOf } from '../../shared/ipc';
import { defaultRetentionYearsAfterLeaving } from '../../shared/settings/homeSettings';
import { bridge } from '../api';
import type { AppDatabase } from '../db/database';
import { retentionYears, saveRetentionYears } from '../db/retentionSettings';
import { getSettings } from '../db/settingsRepository';
import { mirrorLeavingDate } from '../db/staffRepository';
import { listStaff } from '../db/staffQueries';
import { homeActor } from './actors';

export type RecordFacts = ResponseOf<'records:facts'>;

export async function mirrorRecordFacts(db: AppDatabase): Promise<RecordFacts> {
  const api = bridge();
  let facts = await api.records.facts();
  const known = new Map(facts.leavingDates.map(({ staffId, leavingDate }) => [staffId, leavingDate]));
  let recorded = false;

  for (const member of await listStaff(db)) {
    const mainDate = known.get(member.id);
    if (mainDate !== undefined) {
      await mirrorLeavingDate(db, member.id, mainDate);
    } else if (member.leavingDate !== null) {
      await api.records.setLeavingDate({
        staffId: member.id,
        leavingDate: member.leavingDate,
        actor: homeActor,
      });
      recorded = true;
    }
  }

  const settings = await getSettings(db);
  if (settings !== undefined) {
    const storeYears = await retentionYears(db);
    if (facts.retentionRecorded) {
      if (storeYears !== facts.retentionYears) await saveRetentionYears(db, facts.retentionYears);
    } else if (storeYears !== defaultRetentionYearsAfterLeaving) {
      await api.records.setRetentionYears({ years: storeYears, actor: homeActor });
      recorded = true;
    }
  }
  if (recorded) facts = await api.records.facts();
  return facts;
}
