/** Drafts in progress with what the list shows about each: progress and where it was left. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { stepProgress } from '../../../../shared/appraisal/readiness';
import { appraisalSteps } from '../../../../shared/appraisal/steps';
import { useDatabase } from '../../../app/databaseContext';
import { listDrafts } from '../../../db/appraisalRepository';
import { getFrameworkVersion } from '../../../db/frameworkRepository';

export interface DraftRow {
  draft: Appraisal;
  /** Steps complete (optional steps count as done), or null if its framework is missing. */
  stepsComplete: number | null;
}

export function useDraftRows(): DraftRow[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const drafts = await listDrafts(db);
    return Promise.all(
      drafts.map(async (draft) => {
        const framework = await getFrameworkVersion(db, draft.framework);
        if (framework === null) return { draft, stepsComplete: null };
        const progress = stepProgress(draft, framework);
        return {
          draft,
          stepsComplete: appraisalSteps.filter((s) => progress[s.id].state !== 'incomplete').length,
        };
      }),
    );
  }, [db]);
}
