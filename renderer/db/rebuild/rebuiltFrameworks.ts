/**
 * The home's framework versions brought back from the signed documents that pinned them (each
 * document carries its version whole). The built-in framework ships in the code and is never
 * stored. The app keeps one published version (the one new appraisals use; publishing retires
 * the others), so the version that came into use last is published and the older ones retired.
 * When it came into use is not in any document: the earliest seal that used it stands in for
 * its publishing date (it was in use by then).
 */
import { builtInFramework } from '../../../shared/framework/builtin/builtInFramework';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import { frameworkRecordId } from '../frameworkRepository';
import type { FrameworkRecord } from '../records';

/** A pinned version and the earliest seal that used it, while the vault is read. */
export interface FrameworkSeen {
  framework: Framework;
  firstSealedAt: string;
}

export function seeFramework(seen: Map<string, FrameworkSeen>, framework: Framework, sealedAt: string): void {
  if (
    framework.frameworkId === builtInFramework.frameworkId &&
    framework.version === builtInFramework.version
  )
    return;
  const id = frameworkRecordId(framework);
  const before = seen.get(id);
  if (before === undefined) seen.set(id, { framework, firstSealedAt: sealedAt });
  else if (Date.parse(sealedAt) < Date.parse(before.firstSealedAt)) before.firstSealedAt = sealedAt;
}

/** The records to add; `keepPublished` when the database already has a published version. */
export function rebuiltFrameworkRecords(
  seen: ReadonlyMap<string, FrameworkSeen>,
  keepPublished: boolean,
): FrameworkRecord[] {
  const byFirstUse = [...seen.values()].sort(
    (a, b) => Date.parse(a.firstSealedAt) - Date.parse(b.firstSealedAt),
  );
  const latest = byFirstUse.at(-1);
  return byFirstUse.map(({ framework, firstSealedAt }) => ({
    id: frameworkRecordId(framework),
    frameworkId: framework.frameworkId,
    version: framework.version,
    status: !keepPublished && framework === latest?.framework ? 'published' : 'retired',
    framework,
    createdAt: framework.createdAt,
    publishedAt: firstSealedAt,
  }));
}
