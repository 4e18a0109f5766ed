/**
 * The team profile and development needs, live. Their scoring loads the frameworks, so its
 * module is fetched once the dashboard has shown, and the figure never waits for it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { AppDatabase } from '../../db/database';
import type { TeamInsights } from '../../db/teamProfileQueries';

type LoadTeamInsights = (db: AppDatabase, asOf: string) => Promise<TeamInsights>;

export function useTeamInsights(db: AppDatabase, asOf: string): TeamInsights | undefined {
  const [load, setLoad] = useState<LoadTeamInsights | null>(null);
  useEffect(() => {
    let current = true;
    void import('../../db/teamProfileQueries').then((module) => {
      // A function in state is set through an updater, or React would call it.
      if (current) setLoad(() => module.loadTeamInsights);
    });
    return () => {
      current = false;
    };
  }, []);
  return useLiveQuery(async () => (load === null ? undefined : load(db, asOf)), [load, db, asOf]);
}
