/**
 * "Rebuild records from the signed documents": when the working store was lost, every sealed
 * document in the vault (not destroyed ones) becomes a record again, each person as they were
 * named at signing, each version with its status. Drafts were never sealed, so they cannot come
 * back. Read every page from main first, then write everything in one transaction (all or
 * nothing; never IPC inside it), then log it and mirror main's leaving dates and retention.
 */
import { bridge } from '../api';
import type { AppDatabase } from '../db/database';
import { createRebuildCollector } from '../db/rebuild/rebuildCollector';
import { roleNotRecorded } from '../db/rebuild/rebuiltPerson';
import { refuseUnlessEmpty, writeRebuild, type RebuildWritten } from '../db/rebuild/writeRebuild';
import { homeActor } from './actors';
import { mirrorRecordFacts } from './mirrorRecordFacts';

export interface RebuildOutcome {
  /** Signed documents brought back (every version). */
  documents: number;
  people: number;
  /** Current signed versions. */
  signed: number;
  /** Versions an amendment replaced. */
  replaced: number;
  /** Documents that did not come back, and why, in plain English. */
  leftOut: string[];
  /** What came back as a default (or a step after the write that failed): for the manager to check. */
  toCheck: string[];
}

/** Documents per page: small enough that a page of records (with signature images) stays light. */
const pageSize = 50;

export async function rebuildFromVault(
  db: AppDatabase,
  options: { onProgress?: (done: number) => void } = {},
): Promise<RebuildOutcome> {
  await refuseUnlessEmpty(db);
  const api = bridge();
  const collector = createRebuildCollector();
  const leftOut: string[] = [];
  let after: string | null = null;
  do {
    const page = await api.rebuild.readSealed({ after, limit: pageSize });
    for (const { seal, document } of page.documents) collector.add(seal, document);
    for (const { reason } of page.skipped) leftOut.push(reason);
    options.onProgress?.(collector.count);
    after = page.next;
  } while (after !== null);

  const set = collector.finish();
  if (set.appraisals.length === 0)
    return {
      documents: 0,
      people: 0,
      signed: 0,
      replaced: 0,
      leftOut: [...leftOut, nothingToRebuild],
      toCheck: [],
    };
  const written = await writeRebuild(db, set, new Date().toISOString());
  const toCheck = [
    ...defaultsToCheck(
      written,
      set.people.some((p) => p.header.roleAtTime.trim() === ''),
    ),
    ...(await afterTheWrite(db)),
  ];
  return { documents: set.appraisals.length, ...written, leftOut, toCheck };
}

const nothingToRebuild =
  'The vault holds no signed documents that could be read, so nothing was rebuilt. Drafts are never kept in the vault.';

/** What the documents do not carry, so it came back as a default the manager should check. */
function defaultsToCheck(written: RebuildWritten, blankRole: boolean): string[] {
  const lines = [
    'Start dates, preferred names and line managers are not kept in the signed documents. Each person’s start date is set to the start of their earliest appraisal period; check these on the staff register.',
  ];
  if (blankRole)
    lines.push(`A signed document did not name a role, so that person’s role reads “${roleNotRecorded}”.`);
  if (written.settingsRebuilt)
    lines.push(
      'The home’s details came from the newest signed document. The logo is not kept in the vault, so Settings has none: add it again. The registered manager is set to the appraiser of the newest record and the appraisal interval to 12 months; check both under Settings.',
    );
  return lines;
}

/** Logging the rebuild and mirroring main's facts: the records are already back if these fail. */
async function afterTheWrite(db: AppDatabase): Promise<string[]> {
  const problems: string[] = [];
  try {
    await mirrorRecordFacts(db);
  } catch {
    problems.push(
      'Leaving dates and the retention period could not be read just now; they are brought back the next time Care Appraisals starts.',
    );
  }
  try {
    await bridge().rebuild.finished({ actor: homeActor });
  } catch {
    problems.push('The records were rebuilt, but the activity log could not record it.');
  }
  return problems;
}
