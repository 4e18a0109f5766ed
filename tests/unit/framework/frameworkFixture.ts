/** Small, valid frameworks for tests that are about rules, not about the built-in wording. */
import type { Competency, Framework } from '../../../shared/framework/frameworkSchema';
import { sectionDefinitions } from '../../../shared/framework/frameworkSchema';
import { ratingScale } from '../../../shared/framework/scale';

export function makeCompetency(id: string, title = `Competency ${id}`): Competency {
  return {
    id,
    title,
    description: `What ${title} is about, in one line.`,
    descriptors: {
      1: `${title}: not yet seen.`,
      2: `${title}: seen with support.`,
      3: `${title}: seen reliably.`,
      4: `${title}: seen and shaping others.`,
    },
    tags: { cqcQualityStatements: ['Learning culture'], regulations: ['Regulation 18: Staffing'] },
    developmentSuggestions: [`First idea for ${id}.`, `Second idea for ${id}.`],
  };
}

/** Competency ids are m1…mN and l1…lN, in framework order. */
export function makeFramework(management = 8, leadership = 8): Framework {
  const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
  return {
    frameworkId: 'test-framework',
    version: 1,
    name: 'Test framework',
    description: 'A framework for tests.',
    origin: 'home',
    basedOn: null,
    createdAt: '2026-11-28T09:00:00Z',
    scale: ratingScale,
    sections: [
      {
        id: 'management',
        ...sectionDefinitions.management,
        competencies: ids('m', management).map((id) => makeCompetency(id)),
      },
      {
        id: 'leadership',
        ...sectionDefinitions.leadership,
        competencies: ids('l', leadership).map((id) => makeCompetency(id)),
      },
    ],
  };
}

/** A deep, mutable copy as plain JSON data: what an edited or hand-written file would hold. */
export function asJsonData(framework: Framework): JsonFramework {
  const data: JsonFramework = JSON.parse(JSON.stringify(framework));
  return data;
}

/** Loose enough to break on purpose in a test. */
export interface JsonFramework {
  [key: string]: unknown;
  sections: { [key: string]: unknown; title: unknown; competencies: JsonCompetency[] }[];
}
interface JsonCompetency {
  [key: string]: unknown;
  id: unknown;
  title: unknown;
  descriptors: Record<string, unknown>;
  tags: { cqcQualityStatements: unknown[]; regulations: unknown[] };
  developmentSuggestions: unknown[];
}
