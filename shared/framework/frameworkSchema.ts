/**
 * A framework is versioned data: two fixed sections of competencies, each described at every
 * level of the fixed rating scale and tagged with the CQC quality statements and regulations
 * it evidences. The schema only checks; it never rewrites text, so a pinned version parses to
 * exactly what was stored. Messages are plain English and name the field but not the place:
 * `frameworkValidation.ts` adds "Section …, competency …" from the issue path.
 */
import { z } from 'zod';
import { cqcQualityStatements } from './cqcQualityStatements';
import { regulations } from './regulations';
import { ratingScale, scaleLabels, scaleLevels, type ScaleLevel } from './scale';
import { fieldOf, listOf } from './untrusted';
import { slug, strictObject, text, typeError, wholeNumber } from './fieldSchemas';

export const sectionIds = ['management', 'leadership'] as const;
export type SectionId = (typeof sectionIds)[number];

/** Fixed, like the scale: the profile compares management with leadership across versions. */
export const sectionDefinitions = {
  management: {
    title: 'Management tasks',
    summary: 'Structure and stability: keeping the home organised, safe and running well, day after day.',
  },
  leadership: {
    title: 'Leadership behaviours',
    summary: 'Vision and change: bringing people along, helping them grow and making things better.',
  },
} as const satisfies Record<SectionId, { title: string; summary: string }>;

const minCompetenciesPerSection = 8;
const maxCompetenciesPerSection = 30;
const minDevelopmentSuggestions = 1;
export const maxDevelopmentSuggestions = 6;

const descriptorLabel = (level: ScaleLevel) => `The descriptor for level ${level} (${scaleLabels[level]})`;

const descriptorsSchema = strictObject(
  {
    1: text(descriptorLabel(1), 600, 'several lines'),
    2: text(descriptorLabel(2), 600, 'several lines'),
    3: text(descriptorLabel(3), 600, 'several lines'),
    4: text(descriptorLabel(4), 600, 'several lines'),
  },
  'The set of level descriptors',
).superRefine((descriptors, ctx) => {
  // Copy-and-paste slips leave two levels saying the same thing; the levels would then be meaningless.
  const seen = new Map<string, ScaleLevel>();
  for (const level of scaleLevels) {
    const key = descriptors[level].trim().toLocaleLowerCase('en-GB');
    // A blank descriptor is already reported as empty; two blanks are not also "the same".
    if (key === '') continue;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [String(level)],
        message: `The descriptors for level ${earlier} (${scaleLabels[earlier]}) and level ${level} (${scaleLabels[level]}) are the same; each level needs its own description.`,
      });
    }
    seen.set(key, level);
  }
});

/** A list drawn from `names` with no repeats; the same const list drives checking and the type. */
const tagList = <Names extends readonly [string, ...string[]]>(
  names: Names,
  listLabel: string,
  what: string,
  example: string,
) =>
  z
    .array(
      z.enum(names, {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is not ${what}; use the exact name, for example "${example}".`,
      }),
      { error: typeError(listLabel, 'a list in square brackets') },
    )
    .superRefine((tags, ctx) => {
      tags.forEach((tag, index) => {
        if (tags.indexOf(tag) !== index) {
          ctx.addIssue({ code: 'custom', path: [index], message: `"${tag}" is listed more than once.` });
        }
      });
    });

export const competencyTagsSchema = strictObject(
  {
    cqcQualityStatements: tagList(
      cqcQualityStatements,
      'The list of CQC quality statements',
      'a CQC quality statement',
      'Safe and effective staffing',
    ),
    regulations: tagList(regulations, 'The list of regulations', 'a regulation', 'Regulation 18: Staffing'),
  },
  'The set of tags',
);

const developmentSuggestionsSchema = z
  .array(z.string({ error: typeError('Each development suggestion', 'text') }), {
    error: typeError('The list of development suggestions', 'a list in square brackets'),
  })
  .min(
    minDevelopmentSuggestions,
    'Add at least one development suggestion; development plans are built from them.',
  )
  .max(
    maxDevelopmentSuggestions,
    `There are more than ${maxDevelopmentSuggestions} development suggestions; keep the most useful.`,
  )
  .superRefine((suggestions, ctx) => {
    suggestions.forEach((suggestion, index) => {
      const label = `Development suggestion ${index + 1}`;
      if (suggestion.trim() === '')
        ctx.addIssue({ code: 'custom', path: [index], message: `${label} is empty.` });
      else if (suggestion.length > 400) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `${label} is longer than 400 characters; please shorten it.`,
        });
      }
    });
  });

const competencySchema = strictObject(
  {
    id: slug('The competency id', 'developing-others'),
    title: text('The title', 80, 'one line'),
    description: text('The description', 240, 'one line'),
    descriptors: descriptorsSchema,
    tags: competencyTagsSchema,
    developmentSuggestions: developmentSuggestionsSchema,
  },
  'This competency',
);

const sectionSchema = <Id extends SectionId>(id: Id) => {
  const title: (typeof sectionDefinitions)[Id]['title'] = sectionDefinitions[id].title;
  const position = id === 'management' ? 'first' : 'second';
  return strictObject(
    {
      id: z.literal(id, { error: `The ${position} section's id should be "${id}" (${title}).` }),
      title: z.literal(title, { error: `The ${position} section's title should be "${title}".` }),
      summary: text('The section summary', 300, 'one line'),
      competencies: z
        .array(competencySchema, {
          error: typeError('The list of competencies', 'a list in square brackets'),
        })
        .min(minCompetenciesPerSection, {
          error: (issue) => {
            const count = countIn(issue.input);
            const have =
              count === 0
                ? 'are no competencies'
                : count === 1
                  ? 'is only 1 competency'
                  : `are only ${count} competencies`;
            return `There ${have}; each section needs at least ${minCompetenciesPerSection}.`;
          },
        })
        .max(maxCompetenciesPerSection, {
          error: (issue) =>
            `There are ${countIn(issue.input)} competencies; a section can have at most ${maxCompetenciesPerSection}.`,
        }),
    },
    `The ${title} section`,
  );
};

const countIn = (list: unknown): number => (Array.isArray(list) ? list.length : 0);

const isExactScale = (value: unknown): value is typeof ratingScale =>
  Array.isArray(value) &&
  value.length === ratingScale.length &&
  ratingScale.every((step, index) => {
    const given: unknown = value[index];
    return (
      typeof given === 'object' &&
      given !== null &&
      Object.keys(given).length === 2 &&
      'level' in given &&
      'label' in given &&
      given.level === step.level &&
      given.label === step.label
    );
  });

const frameworkRefSchema = strictObject(
  {
    frameworkId: slug('The framework id it is based on', 'care-appraisals-core'),
    version: wholeNumber('The version it is based on'),
  },
  'The "basedOn" field',
  'null for a framework written from scratch, or the "frameworkId" and "version" it was copied from',
);
export type FrameworkRef = z.infer<typeof frameworkRefSchema>;

export const frameworkSchema = strictObject(
  {
    frameworkId: slug('The framework id ("frameworkId")', 'our-home-framework'),
    version: wholeNumber('The version number ("version")'),
    name: text('The framework name', 120, 'one line'),
    description: text('The framework description', 2000, 'several lines'),
    origin: z.enum(['built-in', 'home'], { error: 'The origin ("origin") should be "built-in" or "home".' }),
    basedOn: frameworkRefSchema.nullable(),
    createdAt: z.iso.datetime({
      offset: true,
      error: 'The creation date ("createdAt") should be a date and time such as "2026-04-01T09:30:00Z".',
    }),
    // refine, not z.custom: a failed z.custom stops the cross-checks below from running.
    scale: z.unknown().refine(isExactScale, {
      error: `The rating scale ("scale") must be exactly the four levels: ${ratingScale
        .map((step) => `${step.level} ${step.label}`)
        .join(', ')}.`,
    }),
    sections: z.tuple([sectionSchema('management'), sectionSchema('leadership')], {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? typeError('The list of sections', 'a list in square brackets')(issue)
          : `There should be exactly two sections, "Management tasks" then "Leadership behaviours"; this file has ${countIn(issue.input)}.`,
    }),
  },
  'The framework',
).superRefine(
  (framework, ctx) => {
    // Run even when other fields are wrong (`when`), so one pass reports everything; hence the
    // defensive reads of a value whose shape is not yet guaranteed.
    for (const issue of duplicateIdIssues(framework)) ctx.addIssue(issue);
    const basedOn = fieldOf(framework, 'basedOn');
    const basedOnVersion = fieldOf(basedOn, 'version');
    const version = fieldOf(framework, 'version');
    if (
      fieldOf(basedOn, 'frameworkId') === fieldOf(framework, 'frameworkId') &&
      typeof basedOnVersion === 'number' &&
      typeof version === 'number' &&
      basedOnVersion >= version
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['basedOn'],
        message: `A framework can only be based on an earlier version of itself, not on version ${basedOnVersion}.`,
      });
    }
  },
  { when: () => true },
);

/** Ratings are stored by competency id, so an id must mean one competency in the whole framework. */
function duplicateIdIssues(framework: unknown) {
  const issues: { code: 'custom'; path: (string | number)[]; message: string }[] = [];
  const firstUse = new Map<string, string>();
  listOf(fieldOf(framework, 'sections')).forEach((section, sectionIndex) => {
    const sectionTitle = fieldOf(section, 'title');
    const sectionName =
      typeof sectionTitle === 'string' ? `"${sectionTitle}"` : `section ${sectionIndex + 1}`;
    listOf(fieldOf(section, 'competencies')).forEach((competency, index) => {
      const id = fieldOf(competency, 'id');
      if (typeof id !== 'string') return;
      const earlier = firstUse.get(id);
      if (earlier === undefined) {
        firstUse.set(id, `competency ${index + 1} in ${sectionName}`);
        return;
      }
      issues.push({
        code: 'custom',
        path: ['sections', sectionIndex, 'competencies', index, 'id'],
        message: `The id "${id}" is already used by ${earlier}; each competency needs its own id.`,
      });
    });
  });
  return issues;
}

export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkSection = Framework['sections'][number];
export type Competency = z.infer<typeof competencySchema>;
export type CompetencyTags = Competency['tags'];
