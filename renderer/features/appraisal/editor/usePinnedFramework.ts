/**
 * The name and version of the framework an appraisal pinned, for the steps overview. The pin
 * never changes, and the answer is a string, so an autosave re-reading it re-renders nothing.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../app/databaseContext';
import { frameworkLabel } from '../../../components/frameworkLabel';
import { getAppraisal } from '../../../db/appraisalRepository';
import { getFrameworkVersion } from '../../../db/frameworkRepository';

export function usePinnedFrameworkLabel(appraisalId: string): string | null {
  const db = useDatabase();
  const label = useLiveQuery(async () => {
    const appraisal = await getAppraisal(db, appraisalId);
    if (appraisal === undefined) return null;
    const framework = await getFrameworkVersion(db, appraisal.framework);
    return framework === null ? null : frameworkLabel(framework);
  }, [db, appraisalId]);
  return label ?? null;
}
