/** Live views of the framework versions; they update as soon as anything is saved. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Framework, FrameworkRef } from '../../../shared/framework/frameworkSchema';
import { useDatabase } from '../../app/databaseContext';
import {
  getFrameworkRecord,
  getFrameworkVersion,
  listFrameworkVersions,
  type FrameworkVersionSummary,
} from '../../db/frameworkRepository';
import type { FrameworkRecord } from '../../db/records';

/** Every version, newest first, then the built-in one; `undefined` while the first read runs. */
export function useFrameworkVersions(): FrameworkVersionSummary[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listFrameworkVersions(db), [db]);
}

export interface ShownVersion {
  framework: Framework;
  /** The stored record; null for the built-in framework. */
  record: FrameworkRecord | null;
}

/** One version; `null` once we know it is not here (discarded, or an old link). */
export function useFrameworkVersion(ref: FrameworkRef | null): ShownVersion | null | undefined {
  const db = useDatabase();
  const frameworkId = ref?.frameworkId;
  const version = ref?.version;
  return useLiveQuery(async () => {
    if (frameworkId === undefined || version === undefined) return null;
    const key = { frameworkId, version };
    const framework = await getFrameworkVersion(db, key);
    if (framework === null) return null;
    return { framework, record: (await getFrameworkRecord(db, key)) ?? null };
  }, [db, frameworkId, version]);
}
