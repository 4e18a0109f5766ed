/**
 * The rules behind the framework repository that read other records: which appraisals pin a
 * version, which versions may no longer change, and how a new framework gets a free id.
 * Called inside the repository's transactions, so a check and its write see the same data.
 */
import { builtInFrameworkId } from '../../shared/framework/builtin/builtInFramework';
import type { FrameworkRef } from '../../shared/framework/frameworkSchema';
import { fieldOf } from '../../shared/framework/untrusted';
import { foldAccents } from '../../shared/text/foldAccents';
import type { AppDatabase } from './database';
import type { FrameworkRecord } from './records';
import { RefusedChangeError } from './repositoryErrors';

/**
 * The framework an appraisal record pinned. Read field by field because the appraisal record's
 * type belongs to the appraisal side: this only relies on `framework: { frameworkId, version }`.
 */
function pinnedFramework(appraisal: unknown): FrameworkRef | null {
  const framework = fieldOf(appraisal, 'framework');
  const frameworkId = fieldOf(framework, 'frameworkId');
  const version = fieldOf(framework, 'version');
  return typeof frameworkId === 'string' && typeof version === 'number' ? { frameworkId, version } : null;
}

/** How many appraisals (drafts, signed and amended alike) pinned this exact version. */
export function appraisalsUsing(db: AppDatabase, ref: FrameworkRef): Promise<number> {
  return db.appraisals
    .filter((appraisal) => {
      const pinned = pinnedFramework(appraisal);
      return pinned?.frameworkId === ref.frameworkId && pinned.version === ref.version;
    })
    .count();
}

/** Appraisal counts by `frameworkId@version`, in one pass over the appraisals. */
export async function appraisalUsage(db: AppDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.appraisals.each((appraisal) => {
    const pinned = pinnedFramework(appraisal);
    if (pinned === null) return;
    const key = `${pinned.frameworkId}@${String(pinned.version)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}

/** 'Version 2 of "Rosewood House framework"', for messages. */
export function describeVersion(record: FrameworkRecord): string {
  return `Version ${record.version} of "${record.framework.name}"`;
}

export type DraftChange = 'changed' | 'published' | 'discarded';

/** Published and retired versions never change: appraisals may rely on them word for word. */
export function refusedIfFixed(record: FrameworkRecord, change: DraftChange): void {
  if (record.status === 'published' && change === 'published') {
    throw new RefusedChangeError(`${describeVersion(record)} is already published. Nothing was changed.`);
  }
  if (record.status === 'published') {
    throw new RefusedChangeError(
      `${describeVersion(record)} is published, so it cannot be ${change}: appraisals rely on it staying exactly as it is. Choose "Edit" to start a new version instead.`,
    );
  }
  if (record.status === 'retired') {
    throw new RefusedChangeError(
      `${describeVersion(record)} is retired, so it cannot be ${change}. Make a copy of it to edit instead.`,
    );
  }
}

/** Lower-case letters, digits and single hyphens, from any name ("Łąka Care" → "laka-care"). */
export function slugFrom(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '');
}

/**
 * A framework id no version on this computer uses, from the name when it has usable letters
 * ("Rosewood House framework" → "rosewood-house-framework", then "-2", "-3"…), else "home-…".
 */
export async function uniqueFrameworkId(db: AppDatabase, name: string): Promise<string> {
  const base = slugFrom(name);
  const isFree = async (id: string) =>
    id !== builtInFrameworkId && (await db.frameworks.where('frameworkId').equals(id).count()) === 0;
  if (base !== '') {
    for (let n = 1; n <= 50; n += 1) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (await isFree(id)) return id;
    }
  }
  for (;;) {
    const id = `home-${crypto.randomUUID().slice(0, 8)}`;
    if (await isFree(id)) return id;
  }
}
