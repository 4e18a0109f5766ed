import { describe, expect, it } from 'vitest';
import {
  addCompetency,
  contentOf,
  draftFormFrom,
  moveCompetency,
  removeCompetency,
  sameContent,
  updateCompetency,
} from '../../../renderer/features/frameworks/editor/draftForm';
import {
  draftProblems,
  fieldIds,
  messagesByField,
} from '../../../renderer/features/frameworks/editor/draftProblems';
import { makeFramework } from '../framework/frameworkFixture';

const framework = makeFramework();
const ids = (form: ReturnType<typeof draftFormFrom>) => form.sections.management.map((d) => d.competency.id);

describe('the framework editor form', () => {
  it('moves a competency up and down, and does nothing past either end', () => {
    const form = draftFormFrom(framework);
    const second = form.sections.management[1]?.key ?? '';
    const up = moveCompetency(form, 'management', second, -1);
    expect(ids(up).slice(0, 3)).toEqual(['m2', 'm1', 'm3']);
    expect(moveCompetency(up, 'management', second, -1)).toEqual(up);
    const last = form.sections.management.at(-1)?.key ?? '';
    expect(moveCompetency(form, 'management', last, 1)).toEqual(form);
    expect(ids(moveCompetency(form, 'management', last, -1)).slice(-2)).toEqual(['m8', 'm7']);
  });

  it('keeps typed text exactly, spaces and all, and knows when it matches what is saved', () => {
    const form = draftFormFrom(framework);
    const key = form.sections.leadership[0]?.key ?? '';
    const typed = updateCompetency(form, 'leadership', key, (c) => ({ ...c, title: '  Coaching  ' }));
    expect(contentOf(typed).competencies.leadership[0]?.title).toBe('  Coaching  ');
    expect(sameContent(typed, form)).toBe(false);
    // Keys differ between two loads of the same draft; the content does not.
    expect(sameContent(draftFormFrom(framework), form)).toBe(true);
  });

  it('ties each problem to the field to fix, with a sentence saying where', () => {
    const [form, key] = addCompetency(draftFormFrom(framework), 'leadership');
    const problems = draftProblems(framework, form);
    expect(problems.map((p) => p.fieldId)).toEqual([
      fieldIds.title(key),
      fieldIds.competencyDescription(key),
      fieldIds.level(key, 1),
      fieldIds.level(key, 2),
      fieldIds.level(key, 3),
      fieldIds.level(key, 4),
      fieldIds.suggestion(key, 0),
    ]);
    expect(problems.every((p) => p.competencyKey === key)).toBe(true);
    expect(problems[0]?.sentence).toBe('Section "Leadership behaviours", competency 9: the title is empty.');
    expect(messagesByField(problems).get(fieldIds.level(key, 3))).toBe(
      'The descriptor for level 3 (Effective) is empty.',
    );
  });

  it('points a section with too few competencies at its "Add a competency" button', () => {
    const form = draftFormFrom(framework);
    const first = form.sections.management[0]?.key ?? '';
    const problems = draftProblems(framework, removeCompetency(form, 'management', first));
    expect(problems).toEqual([
      {
        sentence: 'Section "Management tasks": there are only 7 competencies; each section needs at least 8.',
        message: 'There are only 7 competencies; each section needs at least 8.',
        fieldId: fieldIds.addCompetency('management'),
        competencyKey: null,
      },
    ]);
    expect(draftProblems(framework, form)).toEqual([]);
  });
});
