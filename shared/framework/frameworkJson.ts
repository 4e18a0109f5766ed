/**
 * Frameworks as JSON files, for a home to export, share and import. Export writes keys in one
 * fixed order, pretty-printed, so the same framework always gives the same file and two
 * versions can be compared line by line. Import never throws: it returns the framework or
 * a list of problems in plain English.
 */
import type { Competency, Framework, FrameworkSection } from './frameworkSchema';
import { validateFramework, type FrameworkCheck } from './frameworkValidation';
import { describeJsonSyntaxProblem } from './jsonSyntaxProblem';

/** Far larger than any real framework (the built-in one is about 40 KB); refuses a wrong file quickly. */
const maxFrameworkFileCharacters = 2_000_000;

export function parseFrameworkJson(text: string): FrameworkCheck {
  // Windows Notepad saves UTF-8 with a byte order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return problem('This file is empty.');
  if (body.length > maxFrameworkFileCharacters) {
    return problem('This file is too large to be a framework. Check you chose the right file.');
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const where = describeJsonSyntaxProblem(body);
    return problem(
      where === null ? 'This file is not valid JSON.' : `This file is not valid JSON (${where}).`,
    );
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    !('frameworkId' in data || 'sections' in data)
  ) {
    return problem(
      'This file does not look like a Care Appraisals framework: it has no "frameworkId" or "sections". Check you chose a framework file exported from Care Appraisals.',
    );
  }
  return validateFramework(data);
}

function problem(sentence: string): FrameworkCheck {
  return { ok: false, problems: [sentence] };
}

export function serializeFramework(framework: Framework): string {
  const [management, leadership] = framework.sections;
  const ordered = {
    frameworkId: framework.frameworkId,
    version: framework.version,
    name: framework.name,
    description: framework.description,
    origin: framework.origin,
    basedOn: framework.basedOn && {
      frameworkId: framework.basedOn.frameworkId,
      version: framework.basedOn.version,
    },
    createdAt: framework.createdAt,
    scale: framework.scale,
    sections: [
      { id: management.id, title: management.title, ...sectionBody(management) },
      { id: leadership.id, title: leadership.title, ...sectionBody(leadership) },
    ],
  } satisfies Framework;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Rebuilt key by key so the file's order never depends on how the object was built in memory. */
function sectionBody(section: FrameworkSection) {
  return {
    summary: section.summary,
    competencies: section.competencies.map(orderCompetency),
  };
}

function orderCompetency(competency: Competency): Competency {
  return {
    id: competency.id,
    title: competency.title,
    description: competency.description,
    descriptors: {
      1: competency.descriptors[1],
      2: competency.descriptors[2],
      3: competency.descriptors[3],
      4: competency.descriptors[4],
    },
    tags: {
      cqcQualityStatements: [...competency.tags.cqcQualityStatements],
      regulations: [...competency.tags.regulations],
    },
    developmentSuggestions: [...competency.developmentSuggestions],
  };
}
