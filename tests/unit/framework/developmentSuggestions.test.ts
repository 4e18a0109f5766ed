import { describe, expect, it } from 'vitest';
import { builtInFramework } from '../../../shared/framework/builtin/builtInFramework';
import { suggestDevelopment } from '../../../shared/framework/developmentSuggestions';
import type { Ratings } from '../../../shared/framework/ratings';
import { makeFramework } from './frameworkFixture';

const framework = makeFramework(8, 8);
const ids = (list: { competencyId: string }[]) => list.map((s) => s.competencyId);

describe('development suggestions', () => {
  it("suggests each competency's first idea, lowest level first, then framework order", () => {
    const ratings: Ratings = { m1: { level: 2 }, m2: { level: 1 }, m3: { level: 2 }, m4: { level: 1 } };
    const { management } = suggestDevelopment(framework, ratings);
    expect(management).toEqual([
      { competencyId: 'm2', competencyTitle: 'Competency m2', level: 1, suggestion: 'First idea for m2.' },
      { competencyId: 'm4', competencyTitle: 'Competency m4', level: 1, suggestion: 'First idea for m4.' },
      { competencyId: 'm1', competencyTitle: 'Competency m1', level: 2, suggestion: 'First idea for m1.' },
    ]);
  });

  it('groups suggestions as management or leadership, each with its own limit', () => {
    const ratings: Ratings = { m8: { level: 1 }, l1: { level: 2 }, l2: { level: 1 } };
    const result = suggestDevelopment(framework, ratings, { maxPerSection: 1 });
    expect(ids(result.management)).toEqual(['m8']);
    expect(ids(result.leadership)).toEqual(['l2']);
  });

  it('offers Effective areas only to fill spare places, and never Exemplary ones', () => {
    const ratings: Ratings = {
      m1: { level: 3 },
      m2: { level: 4 },
      m3: { level: 2 },
      m4: { level: 3 },
      m5: { level: 3 },
    };
    expect(ids(suggestDevelopment(framework, ratings).management)).toEqual(['m3', 'm1', 'm4']);
    expect(ids(suggestDevelopment(framework, { m1: { level: 4 }, m2: { level: 4 } }).management)).toEqual([]);
    const gaps: Ratings = { m1: { level: 3 }, m2: { level: 2 }, m3: { level: 1 }, m4: { level: 2 } };
    expect(ids(suggestDevelopment(framework, gaps).management)).toEqual(['m3', 'm2', 'm4']);
  });

  it('skips "not applicable" and unrated competencies', () => {
    const ratings: Ratings = {
      m1: { notApplicable: true, reason: 'Does not handle medicines.' },
      m2: undefined,
      m3: { level: 2 },
    };
    expect(suggestDevelopment(framework, ratings)).toEqual({
      management: [
        { competencyId: 'm3', competencyTitle: 'Competency m3', level: 2, suggestion: 'First idea for m3.' },
      ],
      leadership: [],
    });
  });

  it('gives the same list whatever order the ratings were entered in', () => {
    const entries: [string, { level: 1 | 2 | 3 | 4 }][] = [
      ['l5', { level: 2 }],
      ['m7', { level: 1 }],
      ['l1', { level: 2 }],
      ['m2', { level: 1 }],
      ['l3', { level: 3 }],
      ['m5', { level: 2 }],
      ['l4', { level: 1 }],
    ];
    const forwards = suggestDevelopment(framework, Object.fromEntries(entries));
    const backwards = suggestDevelopment(framework, Object.fromEntries([...entries].reverse()));
    expect(backwards).toEqual(forwards);
    expect(ids(forwards.management)).toEqual(['m2', 'm7', 'm5']);
    expect(ids(forwards.leadership)).toEqual(['l4', 'l1', 'l5']);
  });

  it('respects the maximum, including none at all', () => {
    const allLow: Ratings = Object.fromEntries(
      framework.sections[0].competencies.map((c) => [c.id, { level: 1 }]),
    );
    expect(suggestDevelopment(framework, allLow).management).toHaveLength(3);
    expect(suggestDevelopment(framework, allLow, { maxPerSection: 5 }).management).toHaveLength(5);
    expect(suggestDevelopment(framework, allLow, { maxPerSection: 0 }).management).toEqual([]);
  });

  it('draws real, concrete ideas from the built-in framework', () => {
    const { management } = suggestDevelopment(builtInFramework, {
      'planning-and-organising-work': { level: 1 },
    });
    expect(management).toEqual([
      {
        competencyId: 'planning-and-organising-work',
        competencyTitle: 'Planning and organising work and rotas',
        level: 1,
        suggestion: "Shadow the deputy when planning next month's rota and agree one change you will make.",
      },
    ]);
  });
});
