import { describe, expect, it } from 'vitest';
import { parseFrameworkJson, serializeFramework } from '../../../shared/framework/frameworkJson';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import { fieldOf } from '../../../shared/framework/untrusted';
import { asJsonData, makeFramework, type JsonFramework } from './frameworkFixture';

function problemsFor(data: unknown): string[] {
  const result = parseFrameworkJson(JSON.stringify(data));
  return result.ok ? [] : result.problems;
}

function broken(change: (data: JsonFramework) => void): string[] {
  const data = asJsonData(makeFramework());
  change(data);
  return problemsFor(data);
}

function competency(data: JsonFramework, section: 0 | 1, index: number) {
  const found = data.sections[section]?.competencies[index];
  if (!found) throw new Error('fixture has no such competency');
  return found;
}

describe('framework JSON round trip', () => {
  it('gives back an equal framework from its own export', () => {
    const framework = makeFramework(9, 11);
    const result = parseFrameworkJson(serializeFramework(framework));
    expect(result).toEqual({ ok: true, framework });
  });

  it('keeps every character of the text, including non-Latin scripts and line breaks in descriptors', () => {
    const framework = makeFramework();
    const first = framework.sections[0].competencies[0];
    if (!first) throw new Error('fixture has no competency');
    first.title = 'Wąsowska’s rota – Ștefan, Nguyễn Thị Hoa';
    first.descriptors[4] = 'Two lines:\nfirst, then second.';
    const result = parseFrameworkJson(serializeFramework(framework));
    expect(result.ok && result.framework.sections[0].competencies[0]).toEqual(first);
  });

  it('writes keys in one fixed order, pretty-printed, however the object was built', () => {
    const framework = makeFramework();
    const reordered: Framework = {
      sections: framework.sections,
      scale: framework.scale,
      createdAt: framework.createdAt,
      basedOn: framework.basedOn,
      origin: framework.origin,
      description: framework.description,
      name: framework.name,
      version: framework.version,
      frameworkId: framework.frameworkId,
    };
    const text = serializeFramework(framework);
    expect(serializeFramework(reordered)).toBe(text);
    const written: Record<string, unknown> = JSON.parse(text);
    expect(Object.keys(written)).toEqual([
      'frameworkId',
      'version',
      'name',
      'description',
      'origin',
      'basedOn',
      'createdAt',
      'scale',
      'sections',
    ]);
    expect(text.startsWith('{\n  "frameworkId": "test-framework",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('accepts a file saved with a byte order mark (as Windows Notepad does)', () => {
    expect(parseFrameworkJson(`\uFEFF${serializeFramework(makeFramework())}`).ok).toBe(true);
  });

  it('accepts a home framework that names the version it was copied from', () => {
    const framework: Framework = {
      ...makeFramework(),
      basedOn: { frameworkId: 'care-appraisals-core', version: 1 },
    };
    expect(parseFrameworkJson(serializeFramework(framework))).toEqual({ ok: true, framework });
  });
});

describe('bad framework files', () => {
  it('says a file is empty', () => {
    expect(parseFrameworkJson('  \n')).toEqual({ ok: false, problems: ['This file is empty.'] });
  });

  it('says a file is not JSON and where it ends or breaks', () => {
    const text = serializeFramework(makeFramework()).split('\n').slice(0, 12).join('\n');
    expect(parseFrameworkJson(text)).toEqual({
      ok: false,
      problems: ['This file is not valid JSON (unexpected end at line 12).'],
    });
    expect(parseFrameworkJson('{\n  "frameworkId": "x",\n  "version": 1,,\n}')).toEqual({
      ok: false,
      problems: ['This file is not valid JSON (unexpected "," at line 3, column 16).'],
    });
  });

  it('says when a JSON file is something other than a framework', () => {
    for (const text of ['[1, 2, 3]', '"hello"', '{"staff": []}']) {
      expect(parseFrameworkJson(text)).toEqual({
        ok: false,
        problems: [expect.stringMatching(/^This file does not look like a Care Appraisals framework/)],
      });
    }
  });

  it('names each missing or wrongly typed top-level field', () => {
    expect(problemsFor({ frameworkId: 'my-home', sections: 'none' })).toEqual([
      'The version number ("version") is missing.',
      'The framework name is missing.',
      'The framework description is missing.',
      'The origin ("origin") should be "built-in" or "home".',
      'The "basedOn" field is missing.',
      'The creation date ("createdAt") should be a date and time such as "2026-04-01T09:30:00Z".',
      'The rating scale ("scale") must be exactly the four levels: 1 Not yet demonstrated, 2 Developing, 3 Effective, 4 Exemplary.',
      'The list of sections should be a list in square brackets.',
    ]);
  });

  it('rejects duplicate competency ids, even across sections', () => {
    const problems = broken((data) => {
      competency(data, 1, 2).id = 'm4';
    });
    expect(problems).toEqual([
      'Section "Leadership behaviours", competency 3 ("Competency l3"): the id "m4" is already used by competency 4 in "Management tasks"; each competency needs its own id.',
    ]);
  });

  it('says which descriptor is missing or empty, by section, position and title', () => {
    const problems = broken((data) => {
      const coaching = competency(data, 1, 2);
      coaching.title = 'Coaching';
      coaching.descriptors['2'] = '   ';
      delete competency(data, 0, 0).descriptors['4'];
    });
    expect(problems).toEqual([
      'Section "Management tasks", competency 1 ("Competency m1"): the descriptor for level 4 (Exemplary) is missing.',
      'Section "Leadership behaviours", competency 3 ("Coaching"): the descriptor for level 2 (Developing) is empty.',
    ]);
  });

  it('gives one message per blank descriptor, never "the same as each other" as well', () => {
    const problems = broken((data) => {
      const first = competency(data, 0, 0);
      first.descriptors['1'] = '';
      first.descriptors['2'] = ' ';
      first.descriptors['4'] = '';
    });
    expect(problems).toEqual([
      'Section "Management tasks", competency 1 ("Competency m1"): the descriptor for level 1 (Not yet demonstrated) is empty.',
      'Section "Management tasks", competency 1 ("Competency m1"): the descriptor for level 2 (Developing) is empty.',
      'Section "Management tasks", competency 1 ("Competency m1"): the descriptor for level 4 (Exemplary) is empty.',
    ]);
  });

  it('rejects two levels with the same descriptor', () => {
    const problems = broken((data) => {
      const first = competency(data, 0, 0);
      first.descriptors['3'] = first.descriptors['2'];
    });
    expect(problems).toEqual([
      'Section "Management tasks", competency 1 ("Competency m1"): the descriptors for level 2 (Developing) and level 3 (Effective) are the same; each level needs its own description.',
    ]);
  });

  it('requires at least 8 competencies in each section', () => {
    expect(problemsFor(asJsonData(makeFramework(8, 7)))).toEqual([
      'Section "Leadership behaviours": there are only 7 competencies; each section needs at least 8.',
    ]);
  });

  it('rejects a CQC tag that is not a real quality statement, and a made-up regulation', () => {
    const problems = broken((data) => {
      const tags = competency(data, 0, 1).tags;
      tags.cqcQualityStatements.push('Safe staffing');
      tags.regulations.push('Regulation 99: Rotas');
    });
    expect(problems).toEqual([
      'Section "Management tasks", competency 2 ("Competency m2"): "Safe staffing" is not a CQC quality statement; use the exact name, for example "Safe and effective staffing".',
      'Section "Management tasks", competency 2 ("Competency m2"): "Regulation 99: Rotas" is not a regulation; use the exact name, for example "Regulation 18: Staffing".',
    ]);
  });

  it('rejects a misspelt field instead of silently dropping it', () => {
    const problems = broken((data) => {
      competency(data, 0, 0).descripton = 'Typo';
    });
    expect(problems).toEqual([
      'Section "Management tasks", competency 1 ("Competency m1"): this competency has a field this app does not recognise ("descripton"); check the spelling or remove it.',
    ]);
  });

  it('requires exactly the two sections, management first', () => {
    expect(
      broken((data) => {
        data.sections.reverse();
      }),
    ).toEqual(
      expect.arrayContaining([
        'Section "Leadership behaviours": the first section\'s id should be "management" (Management tasks).',
        'Section "Management tasks": the second section\'s title should be "Leadership behaviours".',
      ]),
    );
    expect(
      broken((data) => {
        const [first] = data.sections;
        if (first) data.sections.push({ ...first, title: 'Extra' });
      }),
    ).toEqual([
      'There should be exactly two sections, "Management tasks" then "Leadership behaviours"; this file has 3.',
    ]);
  });

  it('checks ids, one-line titles, a changed scale and an impossible "basedOn"', () => {
    const problems = broken((data) => {
      data.frameworkId = 'Our Home';
      data.scale = [{ level: 1, label: 'Poor' }];
      competency(data, 0, 0).title = 'Two\nlines';
    });
    expect(problems).toEqual([
      'The framework id ("frameworkId") "Our Home" can use only lower-case letters, numbers and single hyphens (up to 60 characters), for example "our-home-framework".',
      'The rating scale ("scale") must be exactly the four levels: 1 Not yet demonstrated, 2 Developing, 3 Effective, 4 Exemplary.',
      'Section "Management tasks", competency 1 ("Two lines"): the title must be on one line.',
    ]);
    expect(
      broken((data) => {
        data.basedOn = { frameworkId: 'test-framework', version: 1 };
      }),
    ).toEqual(['A framework can only be based on an earlier version of itself, not on version 1.']);
  });

  it('lists at most 20 problems and says how many more there are', () => {
    const problems = broken((data) => {
      for (const section of data.sections) {
        for (const item of section.competencies) {
          item.title = '';
          item.description = '';
        }
      }
    });
    expect(problems).toHaveLength(21);
    expect(problems[0]).toBe('Section "Management tasks", competency 1: the title is empty.');
    expect(problems.at(-1)).toBe('…and 12 more problems. Fix these first, then check again.');
  });

  it('never throws, whatever value replaces or removes any part of a valid file', () => {
    const original = asJsonData(makeFramework());
    const replacements: unknown[] = [null, 0, -1.5, '', 'x', [], {}, true];
    // Every competency has the same shape, so the first of each section stands for the rest.
    const paths = pathsIn(original).filter((path) => !(path[2] === 'competencies' && Number(path[3]) > 0));
    let checked = 0;
    for (const path of paths) {
      for (const replacement of [...replacements, removed]) {
        const data = structuredClone(original);
        replaceAt(data, path, replacement);
        const result = parseFrameworkJson(JSON.stringify(data));
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem).not.toMatch(/undefined|\[object|NaN/);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

const removed = Symbol('removed');

function pathsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((child, index) => [index, child])
    : typeof value === 'object' && value !== null
      ? Object.entries(value)
      : [];
  return [
    ...(path.length > 0 ? [path] : []),
    ...children.flatMap(([key, child]) => pathsIn(child, [...path, key])),
  ];
}

function replaceAt(root: unknown, path: (string | number)[], replacement: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => fieldOf(node, key), root);
  const key = path.at(-1);
  if (Array.isArray(parent) && typeof key === 'number') {
    if (replacement === removed) parent.splice(key, 1);
    else parent[key] = replacement;
  } else if (typeof parent === 'object' && parent !== null && typeof key === 'string') {
    if (replacement === removed) Reflect.deleteProperty(parent, key);
    else Reflect.set(parent, key, replacement);
  }
}
