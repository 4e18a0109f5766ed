/**
 * Turns the actor ids the audit log holds back into names for the activity list: the
 * registered manager from Settings, people from the register, appraisers from their appraisal.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import type { ActorNames } from '../../../shared/audit/auditActor';
import { useDatabase } from '../../app/databaseContext';
import { getSettings } from '../../db/settingsRepository';
import { listStaff } from '../../db/staffQueries';

export function useActorNames(versions: readonly Appraisal[]): ActorNames | undefined {
  const db = useDatabase();
  const loaded = useLiveQuery(
    async () => ({ settings: await getSettings(db), staff: await listStaff(db) }),
    [db],
  );
  if (loaded === undefined) return undefined;
  const staffNames = new Map(loaded.staff.map((member) => [member.id, member.fullName]));
  const appraisers = new Map(versions.map((version) => [version.id, version.header.appraiserName]));
  return {
    registeredManager: loaded.settings?.registeredManager ?? null,
    staffName: (staffId) => staffNames.get(staffId) ?? null,
    appraiserName: (appraisalId) => appraisers.get(appraisalId) || null,
  };
}
