import { describe, expect, it } from 'vitest';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import {
  acceptSuggestion,
  dismissSuggestion,
  pendingSuggestions,
  restoreSuggestion,
} from '../../../shared/appraisal/development';
import { makeFramework } from '../framework/frameworkFixture';
import { emptyDraft } from './appraisalFixture';

const framework = makeFramework(8, 8);

function rated(levels: Record<string, 1 | 2 | 3 | 4>): Appraisal {
  const ratings = Object.fromEntries(
    Object.entries(levels).map(([id, level]) => [
      id,
      { level, notApplicable: false, notApplicableReason: '', evidence: '' },
    ]),
  );
  return { ...emptyDraft({ framework }), ratings };
}

const ids = (appraisal: Appraisal) => {
  const pending = pendingSuggestions(appraisal, framework);
  return {
    management: pending.management.map((s) => s.competencyId),
    leadership: pending.leadership.map((s) => s.competencyId),
  };
};

describe('development suggestions in an appraisal', () => {
  it('come from the lowest-rated competencies, grouped by section, with the section as area', () => {
    const appraisal = rated({ m1: 2, m2: 1, m3: 4, l5: 1, l6: 3 });
    const pending = pendingSuggestions(appraisal, framework);
    expect(ids(appraisal)).toEqual({ management: ['m2', 'm1'], leadership: ['l5', 'l6'] });
    expect(pending.leadership[0]).toEqual({
      area: 'leadership',
      competencyId: 'l5',
      competencyTitle: 'Competency l5',
      level: 1,
      suggestion: 'First idea for l5.',
    });
  });

  it('ignore "not applicable" ratings', () => {
    const appraisal = rated({ m1: 1 });
    const notApplicable = {
      ...appraisal,
      ratings: {
        m1: { level: null, notApplicable: true, notApplicableReason: 'Nights only.', evidence: '' },
      },
    };
    expect(ids(notApplicable).management).toEqual([]);
  });

  it('accepting adds an editable plan item once and stops offering it', () => {
    const appraisal = rated({ m1: 2, m2: 1 });
    const suggestion = pendingSuggestions(appraisal, framework).management[0];
    if (suggestion === undefined) throw new Error('expected a suggestion');
    const accepted = acceptSuggestion(appraisal, suggestion, 'dev-1');
    expect(accepted.development.items).toEqual([
      {
        id: 'dev-1',
        area: 'management',
        competencyId: 'm2',
        action: 'First idea for m2.',
        trainingNeed: '',
        byWhen: '',
      },
    ]);
    expect(ids(accepted).management).toEqual(['m1']);
    expect(acceptSuggestion(accepted, suggestion, 'dev-2').development.items).toHaveLength(1);
  });

  it('an accepted item still counts after the manager rewrites it', () => {
    const appraisal = rated({ m2: 1 });
    const suggestion = pendingSuggestions(appraisal, framework).management[0];
    if (suggestion === undefined) throw new Error('expected a suggestion');
    const accepted = acceptSuggestion(appraisal, suggestion, 'dev-1');
    const edited = {
      ...accepted,
      development: {
        ...accepted.development,
        items: accepted.development.items.map((item) => ({ ...item, action: 'Shadow Ștefan on the rota.' })),
      },
    };
    expect(ids(edited).management).toEqual([]);
  });

  it('dismissing stops offering it, once, and it can be offered again', () => {
    const appraisal = rated({ l1: 1, l2: 2 });
    const dismissed = dismissSuggestion(dismissSuggestion(appraisal, 'l1'), 'l1');
    expect(dismissed.development.dismissedSuggestions).toEqual(['l1']);
    expect(ids(dismissed).leadership).toEqual(['l2']);
    expect(ids(restoreSuggestion(dismissed, 'l1')).leadership).toEqual(['l1', 'l2']);
  });

  it('accepting a dismissed suggestion takes it off the dismissed list', () => {
    const appraisal = rated({ l1: 1 });
    const suggestion = pendingSuggestions(appraisal, framework).leadership[0];
    if (suggestion === undefined) throw new Error('expected a suggestion');
    const accepted = acceptSuggestion(dismissSuggestion(appraisal, 'l1'), suggestion, 'dev-1');
    expect(accepted.development.dismissedSuggestions).toEqual([]);
    expect(accepted.development.items).toHaveLength(1);
  });
});
