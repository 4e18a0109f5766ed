import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { importFramework } from '../../../renderer/db/frameworkImport';
import {
  appraisalsUsing,
  copyFramework,
  discardDraft,
  getCurrentFramework,
  getFrameworkRecord,
  getFrameworkVersion,
  InvalidFrameworkError,
  listFrameworkVersions,
  publishDraft,
  returnToBuiltInFramework,
  saveDraft,
  startNewVersion,
  type FrameworkDraftContent,
} from '../../../renderer/db/frameworkRepository';
import { slugFrom } from '../../../renderer/db/frameworkRules';
import type { FrameworkRecord } from '../../../renderer/db/records';
import { RefusedChangeError } from '../../../renderer/db/repositoryErrors';
import { builtInFramework } from '../../../shared/framework/builtin/builtInFramework';
import { serializeFramework } from '../../../shared/framework/frameworkJson';
import type { Competency, Framework, FrameworkRef } from '../../../shared/framework/frameworkSchema';
import { asJsonData, makeCompetency, makeFramework } from '../framework/frameworkFixture';
import { disposeDatabase, freshDatabase } from './freshDatabase';
import { toAppraisalRecord } from '../../../renderer/db/appraisalRecord';
import { completeAppraisal } from '../../fixtures/completeAppraisal';

let db: AppDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => disposeDatabase(db));

const builtInRef: FrameworkRef = {
  frameworkId: builtInFramework.frameworkId,
  version: builtInFramework.version,
};

const refOf = (record: FrameworkRecord): FrameworkRef => ({
  frameworkId: record.frameworkId,
  version: record.version,
});

function contentOf(framework: Framework): FrameworkDraftContent {
  const [management, leadership] = framework.sections;
  return {
    name: framework.name,
    description: framework.description,
    competencies: { management: management.competencies, leadership: leadership.competencies },
  };
}

/** The draft's content with the first management competency changed. */
function withFirstCompetency(
  framework: Framework,
  change: (competency: Competency) => Competency,
): FrameworkDraftContent {
  const content = contentOf(framework);
  const [first, ...rest] = content.competencies.management;
  if (first === undefined) throw new Error('the framework has no competencies');
  return { ...content, competencies: { ...content.competencies, management: [change(first), ...rest] } };
}

/** An appraisal pinning `ref`, written straight to the table: only the pinned framework matters here. */
async function appraisalPinning(ref: FrameworkRef): Promise<void> {
  await db.appraisals.add(
    toAppraisalRecord(
      completeAppraisal({
        id: crypto.randomUUID(),
        staffId: crypto.randomUUID(),
        status: 'signed',
        framework: ref,
      }),
    ),
  );
}

/** The error `action` was refused with, checked to be of `type`. */
async function rejection<E extends Error>(
  action: Promise<unknown>,
  type: new (...args: never[]) => E,
): Promise<E> {
  const error: unknown = await action.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof type)) throw new Error(`expected ${type.name}, got ${String(error)}`);
  return error;
}

const refusal = (action: Promise<unknown>) => rejection(action, RefusedChangeError);

const copyOfBuiltIn = (name = 'Rosewood House framework') => copyFramework(db, builtInRef, name);

describe('copying a framework', () => {
  it('makes a draft of the home’s own, version 1, based on the built-in one, with the same content', async () => {
    const draft = await copyOfBuiltIn();
    expect(draft).toMatchObject({
      id: 'rosewood-house-framework@1',
      frameworkId: 'rosewood-house-framework',
      version: 1,
      status: 'draft',
      publishedAt: null,
    });
    expect(draft.framework).toMatchObject({
      name: 'Rosewood House framework',
      origin: 'home',
      basedOn: builtInRef,
    });
    expect(draft.framework.sections).toEqual(builtInFramework.sections);
    expect(await getFrameworkVersion(db, refOf(draft))).toEqual(draft.framework);
    // A draft is not used by anything yet.
    expect(await getCurrentFramework(db)).toBe(builtInFramework);
  });

  it('gives each copy its own id, from the name where it can, and never the built-in id', async () => {
    expect((await copyOfBuiltIn()).frameworkId).toBe('rosewood-house-framework');
    expect((await copyOfBuiltIn()).frameworkId).toBe('rosewood-house-framework-2');
    expect((await copyOfBuiltIn('Łąka Care – ramy')).frameworkId).toBe('laka-care-ramy');
    expect((await copyOfBuiltIn('框架')).frameworkId).toMatch(/^home-[0-9a-f]{8}$/);
    expect((await copyOfBuiltIn('Care Appraisals core')).frameworkId).toBe('care-appraisals-core-2');
    expect(slugFrom('  Ștefan’s   --  Straße ')).toBe('stefan-s-strasse');
  });

  it('refuses an empty name and writes nothing', async () => {
    await expect(copyOfBuiltIn('   ')).rejects.toThrow(
      new InvalidFrameworkError(['The framework name is empty.']),
    );
    expect(await db.frameworks.count()).toBe(0);
  });
});

describe('editing a draft', () => {
  it('saves the new title and descriptor exactly as typed', async () => {
    const draft = await copyOfBuiltIn();
    const saved = await saveDraft(
      db,
      refOf(draft),
      withFirstCompetency(draft.framework, (first) => ({
        ...first,
        title: 'Planning shifts and rotas at Rosewood',
        descriptors: { ...first.descriptors, 2: 'Plans their own shift – with help.' },
      })),
    );
    const stored = await getFrameworkVersion(db, refOf(draft));
    expect(stored).toEqual(saved.framework);
    expect(stored?.sections[0].competencies[0]).toMatchObject({
      title: 'Planning shifts and rotas at Rosewood',
      descriptors: { 2: 'Plans their own shift – with help.' },
    });
    // What identifies the version cannot be edited through the content.
    expect(stored).toMatchObject({ frameworkId: draft.frameworkId, version: 1, origin: 'home' });
  });

  it('refuses invalid content with every problem in plain English and writes nothing', async () => {
    const draft = await copyOfBuiltIn();
    const content = withFirstCompetency(draft.framework, (first) => ({
      ...first,
      title: '',
      descriptors: { 1: 'a', 2: '', 3: 'c', 4: 'd' },
    }));
    const error = await rejection(saveDraft(db, refOf(draft), content), InvalidFrameworkError);
    expect(error.problems).toEqual([
      'Section "Management tasks", competency 1: the title is empty.',
      'Section "Management tasks", competency 1: the descriptor for level 2 (Developing) is empty.',
    ]);
    expect((await getFrameworkRecord(db, refOf(draft)))?.framework).toEqual(draft.framework);
  });

  it('keeps order changes and added and removed competencies', async () => {
    const draft = await copyOfBuiltIn();
    const content = contentOf(draft.framework);
    const [a, b, ...rest] = content.competencies.leadership;
    if (a === undefined || b === undefined) throw new Error('the framework has too few competencies');
    const reordered = [
      b,
      a,
      ...rest.slice(0, -1),
      makeCompetency('a-new-one', 'Leading on end-of-life care'),
    ];
    const saved = await saveDraft(db, refOf(draft), {
      ...content,
      competencies: { ...content.competencies, leadership: reordered },
    });
    expect(saved.framework.sections[1].competencies.map((c) => c.id)).toEqual(reordered.map((c) => c.id));
  });
});

describe('publishing', () => {
  it('makes the draft the current framework; publishing a later one retires the earlier', async () => {
    const draft = await copyOfBuiltIn();
    const published = await publishDraft(db, refOf(draft));
    expect(published.status).toBe('published');
    expect(published.publishedAt).toEqual(expect.any(String));
    expect(await getCurrentFramework(db)).toEqual(draft.framework);

    const second = await startNewVersion(db, refOf(draft));
    expect(second).toMatchObject({ version: 2, status: 'draft' });
    expect(second.framework.basedOn).toEqual(refOf(draft));
    expect(await getCurrentFramework(db)).toEqual(draft.framework);

    await saveDraft(db, refOf(second), {
      ...contentOf(second.framework),
      name: 'Rosewood House framework 2027',
    });
    await publishDraft(db, refOf(second));
    expect((await getCurrentFramework(db)).name).toBe('Rosewood House framework 2027');
    expect((await getFrameworkRecord(db, refOf(draft)))?.status).toBe('retired');
    // The earlier version is still there, unchanged, for the appraisals that pinned it.
    expect(await getFrameworkVersion(db, refOf(draft))).toEqual(draft.framework);
  });

  it('refuses to publish a draft twice or to publish the built-in framework', async () => {
    const draft = await copyOfBuiltIn();
    await publishDraft(db, refOf(draft));
    expect((await refusal(publishDraft(db, refOf(draft)))).message).toBe(
      'Version 1 of "Rosewood House framework" is already published. Nothing was changed.',
    );
    await refusal(publishDraft(db, builtInRef));
  });

  it('lists every version with its status, whether new appraisals use it and how many appraisals do', async () => {
    const first = await copyOfBuiltIn();
    await publishDraft(db, refOf(first));
    const draft = await startNewVersion(db, refOf(first));
    await appraisalPinning(refOf(first));
    await appraisalPinning(refOf(first));
    await appraisalPinning(builtInRef);
    const versions = await listFrameworkVersions(db);
    expect(versions.map((v) => [v.ref.frameworkId, v.ref.version, v.status, v.isCurrent, v.usedBy])).toEqual([
      [draft.frameworkId, 2, 'draft', false, 0],
      [first.frameworkId, 1, 'published', true, 2],
      [builtInFramework.frameworkId, 1, 'built-in', false, 1],
    ]);
    expect(await appraisalsUsing(db, refOf(first))).toBe(2);
  });
});

describe('versions that can no longer change', () => {
  it('refuses to change or discard a published version, saying what to do instead', async () => {
    const draft = await copyOfBuiltIn();
    await publishDraft(db, refOf(draft));
    const before = await getFrameworkRecord(db, refOf(draft));
    const error = await refusal(
      saveDraft(db, refOf(draft), { ...contentOf(draft.framework), name: 'Changed' }),
    );
    expect(error.message).toBe(
      'Version 1 of "Rosewood House framework" is published, so it cannot be changed: appraisals rely on it staying exactly as it is. Choose "Edit" to start a new version instead.',
    );
    await refusal(discardDraft(db, refOf(draft)));
    expect(await getFrameworkRecord(db, refOf(draft))).toEqual(before);
  });

  it('refuses any change to a version an appraisal uses, even a draft', async () => {
    const draft = await copyOfBuiltIn();
    await appraisalPinning(refOf(draft));
    const error = await refusal(
      saveDraft(db, refOf(draft), { ...contentOf(draft.framework), name: 'Changed' }),
    );
    expect(error.message).toBe(
      'Version 1 of "Rosewood House framework" cannot be changed: 1 appraisal uses it, and an appraisal\'s framework never changes. Make a copy to edit instead.',
    );
    await refusal(discardDraft(db, refOf(draft)));
    await refusal(publishDraft(db, refOf(draft)));
    expect(await getFrameworkRecord(db, refOf(draft))).toEqual(draft);
  });

  it('never edits the built-in framework, and starts only one draft at a time', async () => {
    await refusal(saveDraft(db, builtInRef, contentOf(builtInFramework)));
    await refusal(startNewVersion(db, builtInRef));
    const draft = await copyOfBuiltIn();
    await publishDraft(db, refOf(draft));
    await startNewVersion(db, refOf(draft));
    expect((await refusal(startNewVersion(db, refOf(draft)))).message).toBe(
      'Version 2 of "Rosewood House framework" is already a draft. Edit that draft, or discard it first.',
    );
  });

  it('discards an unused draft', async () => {
    const draft = await copyOfBuiltIn();
    await discardDraft(db, refOf(draft));
    expect(await getFrameworkVersion(db, refOf(draft))).toBeNull();
    await refusal(discardDraft(db, refOf(draft)));
  });
});

describe('using the built-in framework again', () => {
  it('retires the published version, which then refuses changes but stays readable', async () => {
    const draft = await copyOfBuiltIn();
    await publishDraft(db, refOf(draft));
    const retired = await returnToBuiltInFramework(db);
    expect(retired.map((r) => r.id)).toEqual([draft.id]);
    expect(await getCurrentFramework(db)).toBe(builtInFramework);
    expect((await getFrameworkRecord(db, refOf(draft)))?.status).toBe('retired');
    expect(await getFrameworkVersion(db, refOf(draft))).toEqual(draft.framework);
    expect((await refusal(saveDraft(db, refOf(draft), contentOf(draft.framework)))).message).toMatch(
      /is retired, so it cannot be changed/,
    );
    // A retired version can still be the start of a new one.
    expect((await startNewVersion(db, refOf(draft))).version).toBe(2);
  });
});

describe('importing a framework file', () => {
  it('adds a new framework as a draft under the id and version in the file', async () => {
    const file = { ...makeFramework(), frameworkId: 'oak-lodge', version: 3 };
    const result = await importFramework(db, serializeFramework(file));
    expect(result.placement).toBe('as-in-file');
    expect(result.record).toMatchObject({ id: 'oak-lodge@3', status: 'draft' });
    expect(result.record.framework.sections).toEqual(file.sections);
  });

  it('adds a version already here as the next free version, overwriting nothing', async () => {
    const draft = await copyOfBuiltIn();
    await publishDraft(db, refOf(draft));
    const exported = serializeFramework(await getCurrentFramework(db));
    const again = await importFramework(db, exported);
    expect(again).toMatchObject({ placement: 'next-version', fileRef: refOf(draft) });
    expect(again.record).toMatchObject({ frameworkId: draft.frameworkId, version: 2, status: 'draft' });
    expect((await getFrameworkRecord(db, refOf(draft)))?.status).toBe('published');
    const third = await importFramework(db, exported);
    expect(third.record.version).toBe(3);
  });

  it('adds a copy of the built-in framework as a new framework of the home’s own', async () => {
    const result = await importFramework(db, serializeFramework(builtInFramework));
    expect(result.placement).toBe('new-framework');
    expect(result.record.frameworkId).not.toBe(builtInFramework.frameworkId);
    expect(result.record.framework).toMatchObject({ origin: 'home', version: 1, basedOn: builtInRef });
  });

  it('refuses a bad file with its problems and changes nothing', async () => {
    const draft = await copyOfBuiltIn();
    const data = asJsonData(makeFramework());
    delete data.sections[1]?.competencies[2]?.descriptors['3'];
    const missing = await rejection(importFramework(db, JSON.stringify(data)), InvalidFrameworkError);
    expect(missing.problems).toEqual([
      'Section "Leadership behaviours", competency 3 ("Competency l3"): the descriptor for level 3 (Effective) is missing.',
    ]);
    await expect(importFramework(db, '{ "frameworkId": "x", ')).rejects.toThrow(
      'This file is not valid JSON (unexpected end at line 1).',
    );
    expect(await db.frameworks.toArray()).toEqual([draft]);
  });
});
