/**
 * Framework versions. The built-in framework ships in the code; a home's own versions live in
 * the `frameworks` table. New appraisals use the current framework: the home's most recently
 * published version, or the built-in one when the home has none.
 */
import { builtInFramework } from '../../shared/framework/builtin/builtInFramework';
import type { Framework, FrameworkRef } from '../../shared/framework/frameworkSchema';
import type { AppDatabase } from './database';

export function frameworkRecordId(ref: FrameworkRef): string {
  return `${ref.frameworkId}@${String(ref.version)}`;
}

function isBuiltIn(ref: FrameworkRef): boolean {
  return ref.frameworkId === builtInFramework.frameworkId && ref.version === builtInFramework.version;
}

/** The exact version an appraisal pinned, or null if it is not on this computer. */
export async function getFrameworkVersion(db: AppDatabase, ref: FrameworkRef): Promise<Framework | null> {
  if (isBuiltIn(ref)) return builtInFramework;
  const record = await db.frameworks.get(frameworkRecordId(ref));
  return record?.framework ?? null;
}

/** The framework a new appraisal pins. */
export async function getCurrentFramework(db: AppDatabase): Promise<Framework> {
  const published = await db.frameworks.where('status').equals('published').toArray();
  const latest = published
    .filter((r) => r.publishedAt !== null)
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''))
    .at(-1);
  return latest?.framework ?? builtInFramework;
}
