/**
 * Importing a framework file as a new draft. A bad file is refused with its problems listed and
 * nothing written; a good one never overwrites a version already here, and never adds a version
 * under the built-in framework's id, which only the app itself may release.
 */
import { builtInFramework } from '../../shared/framework/builtin/builtInFramework';
import type { FrameworkRef } from '../../shared/framework/frameworkSchema';
import { parseFrameworkJson } from '../../shared/framework/frameworkJson';
import type { AppDatabase } from './database';
import { addDraft, InvalidFrameworkError } from './frameworkRepository';
import { uniqueFrameworkId } from './frameworkRules';
import type { FrameworkRecord } from './records';

type ImportPlacement =
  /** Added under the id and version the file gives. */
  | 'as-in-file'
  /** That version was already here, so it became the next free version of the same framework. */
  | 'next-version'
  /** A copy of the built-in framework: added as a new framework of the home's own. */
  | 'new-framework';

export interface FrameworkImport {
  record: FrameworkRecord;
  placement: ImportPlacement;
  /** The id and version the file itself gives. */
  fileRef: FrameworkRef;
}

/** Adds a framework file as a new draft; InvalidFrameworkError (nothing written) if it is not valid. */
export async function importFramework(db: AppDatabase, text: string): Promise<FrameworkImport> {
  const parsed = parseFrameworkJson(text);
  if (!parsed.ok) throw new InvalidFrameworkError(parsed.problems);
  const file = parsed.framework;
  const fileRef = { frameworkId: file.frameworkId, version: file.version };
  return db.transaction('rw', db.frameworks, async () => {
    if (file.frameworkId === builtInFramework.frameworkId) {
      const frameworkId = await uniqueFrameworkId(db, file.name);
      const basedOn = file.basedOn ?? fileRef;
      const record = await addDraft(db, { ...file, frameworkId, version: 1, basedOn });
      return { record, placement: 'new-framework', fileRef };
    }
    const versions = await db.frameworks.where('frameworkId').equals(file.frameworkId).toArray();
    if (!versions.some((r) => r.version === file.version)) {
      return { record: await addDraft(db, file), placement: 'as-in-file', fileRef };
    }
    const version = Math.max(...versions.map((r) => r.version)) + 1;
    return { record: await addDraft(db, { ...file, version }), placement: 'next-version', fileRef };
  });
}
