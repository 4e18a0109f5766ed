/**
 * Framework versions. The built-in framework ships in the code; a home's own versions live in
 * the `frameworks` table. New appraisals use the current framework: the home's most recently
 * published version, or the built-in one when the home has none.
 *
 * Appraisals pin a version by id and number, so only a draft that no appraisal uses can ever
 * change. Published and retired versions only move forward in their life (draft → published →
 * retired); their content is never rewritten. Every write checks this inside its transaction.
 */
import { builtInFramework } from '../../shared/framework/builtin/builtInFramework';
import type { Competency, Framework, FrameworkRef, SectionId } from '../../shared/framework/frameworkSchema';
import { validateFramework } from '../../shared/framework/frameworkValidation';
import type { AppDatabase } from './database';
import {
  appraisalsUsing,
  appraisalUsage,
  describeVersion,
  refusedIfFixed,
  type DraftChange,
  uniqueFrameworkId,
} from './frameworkRules';
import type { FrameworkRecord } from './records';
import { InvalidFrameworkError, RefusedChangeError } from './repositoryErrors';

export { appraisalsUsing } from './frameworkRules';
export { InvalidFrameworkError } from './repositoryErrors';

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

/**
 * getFrameworkVersion that reads each version once, however many appraisals pinned it: for
 * lists that score many appraisals in one go.
 */
export function frameworkVersionReader(db: AppDatabase): (ref: FrameworkRef) => Promise<Framework | null> {
  const read = new Map<string, Framework | null>();
  return async (ref) => {
    const key = frameworkRecordId(ref);
    const known = read.get(key);
    if (known !== undefined) return known;
    const framework = await getFrameworkVersion(db, ref);
    read.set(key, framework);
    return framework;
  };
}

/** The framework a new appraisal pins. */
export async function getCurrentFramework(db: AppDatabase): Promise<Framework> {
  const published = await db.frameworks.where('status').equals('published').toArray();
  return latestPublished(published)?.framework ?? builtInFramework;
}

function latestPublished(records: readonly FrameworkRecord[]): FrameworkRecord | undefined {
  return records
    .filter((r) => r.status === 'published' && r.publishedAt !== null)
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''))
    .at(-1);
}

/** A home's stored version (drafts included); undefined for the built-in one or a missing one. */
export function getFrameworkRecord(db: AppDatabase, ref: FrameworkRef): Promise<FrameworkRecord | undefined> {
  return db.frameworks.get(frameworkRecordId(ref));
}

export interface FrameworkVersionSummary {
  ref: FrameworkRef;
  name: string;
  origin: Framework['origin'];
  status: 'built-in' | FrameworkRecord['status'];
  /** New appraisals use this version. */
  isCurrent: boolean;
  createdAt: string;
  publishedAt: string | null;
  basedOn: FrameworkRef | null;
  /** How many appraisals (drafts included) pinned this version. */
  usedBy: number;
}

/** The home's versions, newest first, then the built-in framework. */
export async function listFrameworkVersions(db: AppDatabase): Promise<FrameworkVersionSummary[]> {
  return db.transaction('r', db.frameworks, db.appraisals, async () => {
    const records = await db.frameworks.toArray();
    const usage = await appraisalUsage(db);
    const current = latestPublished(records);
    const summary = (framework: Framework, status: FrameworkVersionSummary['status']) => {
      const ref = { frameworkId: framework.frameworkId, version: framework.version };
      return {
        ref,
        name: framework.name,
        origin: framework.origin,
        status,
        isCurrent: current === undefined ? isBuiltIn(ref) : current.id === frameworkRecordId(ref),
        createdAt: framework.createdAt,
        publishedAt: null,
        basedOn: framework.basedOn,
        usedBy: usage.get(frameworkRecordId(ref)) ?? 0,
      } satisfies FrameworkVersionSummary;
    };
    const home = records
      .sort(
        (a, b) =>
          b.createdAt.localeCompare(a.createdAt) ||
          a.frameworkId.localeCompare(b.frameworkId) ||
          b.version - a.version,
      )
      .map((r) => ({
        ...summary(r.framework, r.status),
        createdAt: r.createdAt,
        publishedAt: r.publishedAt,
      }));
    return [...home, summary(builtInFramework, 'built-in')];
  });
}

/**
 * Starts a new framework of the home's own, as a draft copy of `source` (the built-in one or
 * any version). Its id comes from the name, so an exported file says whose it is.
 */
export async function copyFramework(
  db: AppDatabase,
  source: FrameworkRef,
  name: string,
): Promise<FrameworkRecord> {
  return db.transaction('rw', db.frameworks, async () => {
    const original = await requireVersion(db, source);
    const frameworkId = await uniqueFrameworkId(db, name);
    return addDraft(db, { ...original, frameworkId, version: 1, name, basedOn: source });
  });
}

/**
 * "Edit" on a published or retired version of the home's framework: a new draft version n + 1
 * with the same content, while version n stays exactly as the appraisals that use it know it.
 */
export async function startNewVersion(db: AppDatabase, source: FrameworkRef): Promise<FrameworkRecord> {
  if (isBuiltIn(source) || source.frameworkId === builtInFramework.frameworkId) {
    throw new RefusedChangeError(
      'The built-in framework cannot be changed. Make a copy of it to edit instead.',
    );
  }
  return db.transaction('rw', db.frameworks, async () => {
    const original = await requireVersion(db, source);
    const versions = await db.frameworks.where('frameworkId').equals(source.frameworkId).toArray();
    const draft = versions.find((r) => r.status === 'draft');
    if (draft !== undefined) {
      throw new RefusedChangeError(
        `Version ${draft.version} of "${draft.framework.name}" is already a draft. Edit that draft, or discard it first.`,
      );
    }
    const version = Math.max(...versions.map((r) => r.version)) + 1;
    return addDraft(db, { ...original, version, basedOn: source });
  });
}

/** What the framework editor may change in a draft; everything else stays as stored. */
export interface FrameworkDraftContent {
  name: string;
  description: string;
  competencies: Readonly<Record<SectionId, readonly Competency[]>>;
}

/** The framework a draft would become with `content`; may be invalid until checked. */
export function withDraftContent(framework: Framework, content: FrameworkDraftContent): Framework {
  const [management, leadership] = framework.sections;
  return {
    ...framework,
    name: content.name,
    description: content.description,
    sections: [
      { ...management, competencies: [...content.competencies.management] },
      { ...leadership, competencies: [...content.competencies.leadership] },
    ],
  };
}

/** Saves the editor's content into a draft; refused, with nothing written, if it is not valid. */
export async function saveDraft(
  db: AppDatabase,
  ref: FrameworkRef,
  content: FrameworkDraftContent,
): Promise<FrameworkRecord> {
  return db.transaction('rw', db.frameworks, db.appraisals, async () => {
    const record = await requireChangeableDraft(db, ref, 'changed');
    const framework = checked(withDraftContent(record.framework, content));
    const updated: FrameworkRecord = { ...record, framework };
    await db.frameworks.put(updated);
    return updated;
  });
}

/** Makes a draft the version new appraisals use; any earlier published version is retired. */
export async function publishDraft(db: AppDatabase, ref: FrameworkRef): Promise<FrameworkRecord> {
  return db.transaction('rw', db.frameworks, db.appraisals, async () => {
    const record = await requireChangeableDraft(db, ref, 'published');
    const framework = checked(record.framework);
    const now = new Date().toISOString();
    await db.frameworks.where('status').equals('published').modify({ status: 'retired' });
    const published: FrameworkRecord = { ...record, framework, status: 'published', publishedAt: now };
    await db.frameworks.put(published);
    return published;
  });
}

/** New appraisals use the built-in framework again; the home's versions are kept, retired. */
export async function returnToBuiltInFramework(db: AppDatabase): Promise<FrameworkRecord[]> {
  return db.transaction('rw', db.frameworks, async () => {
    const published = await db.frameworks.where('status').equals('published').toArray();
    await db.frameworks.where('status').equals('published').modify({ status: 'retired' });
    return published.map((r) => ({ ...r, status: 'retired' }));
  });
}

export async function discardDraft(db: AppDatabase, ref: FrameworkRef): Promise<FrameworkRecord> {
  return db.transaction('rw', db.frameworks, db.appraisals, async () => {
    const record = await requireChangeableDraft(db, ref, 'discarded');
    await db.frameworks.delete(record.id);
    return record;
  });
}

/** Adds a new draft version (never replacing one), checked, as the home's own. */
export async function addDraft(db: AppDatabase, framework: Framework): Promise<FrameworkRecord> {
  const now = new Date().toISOString();
  const record: FrameworkRecord = {
    id: frameworkRecordId(framework),
    frameworkId: framework.frameworkId,
    version: framework.version,
    status: 'draft',
    framework: checked({ ...framework, origin: 'home', createdAt: now }),
    createdAt: now,
    publishedAt: null,
  };
  // `add`, not `put`: an existing version is never overwritten, even by a race.
  await db.frameworks.add(record);
  return record;
}

function checked(framework: Framework): Framework {
  const check = validateFramework(framework);
  if (!check.ok) throw new InvalidFrameworkError(check.problems);
  return check.framework;
}

async function requireVersion(db: AppDatabase, ref: FrameworkRef): Promise<Framework> {
  const framework = await getFrameworkVersion(db, ref);
  if (framework === null) throw missing(ref);
  return framework;
}

async function requireChangeableDraft(
  db: AppDatabase,
  ref: FrameworkRef,
  change: DraftChange,
): Promise<FrameworkRecord> {
  if (isBuiltIn(ref)) {
    throw new RefusedChangeError(
      'The built-in framework cannot be changed. Make a copy of it to edit instead.',
    );
  }
  const record = await getFrameworkRecord(db, ref);
  if (record === undefined) throw missing(ref);
  refusedIfFixed(record, change);
  const used = await appraisalsUsing(db, ref);
  if (used > 0) {
    const appraisals = used === 1 ? '1 appraisal uses it' : `${used} appraisals use it`;
    throw new RefusedChangeError(
      `${describeVersion(record)} cannot be ${change}: ${appraisals}, and an appraisal's framework never changes. Make a copy to edit instead.`,
    );
  }
  return record;
}

function missing(ref: FrameworkRef): RefusedChangeError {
  return new RefusedChangeError(
    `Version ${ref.version} of the framework "${ref.frameworkId}" is not on this computer. Nothing was changed.`,
  );
}
