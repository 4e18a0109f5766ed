/**
 * Checks the editor's content with the shared framework schema (the same check the repository
 * makes before it saves) and ties each problem to the field it is about, so the manager can go
 * straight to it. Sentences come from the shared validation, so they match an imported file's.
 */
import type { z } from 'zod';
import type { Framework, SectionId } from '../../../../shared/framework/frameworkSchema';
import { frameworkSchema, sectionIds } from '../../../../shared/framework/frameworkSchema';
import { describeProblems } from '../../../../shared/framework/frameworkValidation';
import { withDraftContent } from '../../../db/frameworkRepository';
import { contentOf, type FrameworkDraftForm } from './draftForm';

export interface DraftProblem {
  /** The sentence for the list at the top, saying where ("Section …, competency 3 …: …"). */
  sentence: string;
  /** The shorter message shown by the field itself. */
  message: string;
  /** The id of the control to fix it in; null if no single control is to blame. */
  fieldId: string | null;
  /** The competency it is in, so the editor can open it. */
  competencyKey: string | null;
}

export const fieldIds = {
  name: 'framework-name',
  description: 'framework-description',
  addCompetency: (sectionId: SectionId) => `${sectionId}-add-competency`,
  title: (key: string) => `${key}-title`,
  competencyDescription: (key: string) => `${key}-description`,
  level: (key: string, level: number) => `${key}-level-${level}`,
  suggestion: (key: string, index: number) => `${key}-suggestion-${index}`,
  addSuggestion: (key: string) => `${key}-add-suggestion`,
};

export function draftProblems(stored: Framework, form: FrameworkDraftForm): DraftProblem[] {
  const candidate = withDraftContent(stored, contentOf(form));
  const result = frameworkSchema.safeParse(candidate);
  if (result.success) return [];
  const problems = result.error.issues.map((issue) => ({
    sentence: describeProblems(candidate, [issue])[0] ?? issue.message,
    message: issue.message,
    ...placeOf(form, issue.path),
  }));
  // One problem per field, the first: the one to fix before the field is checked again.
  return problems.filter(
    (problem, index) =>
      problem.fieldId === null || problems.findIndex((p) => p.fieldId === problem.fieldId) === index,
  );
}

function placeOf(
  form: FrameworkDraftForm,
  path: z.core.$ZodIssue['path'],
): Pick<DraftProblem, 'fieldId' | 'competencyKey'> {
  const [first, sectionIndex, , competencyIndex, field, detail] = path;
  if (first === 'name') return { fieldId: fieldIds.name, competencyKey: null };
  if (first === 'description') return { fieldId: fieldIds.description, competencyKey: null };
  const sectionId = typeof sectionIndex === 'number' ? sectionIds[sectionIndex] : undefined;
  if (first !== 'sections' || sectionId === undefined) return { fieldId: null, competencyKey: null };
  const key =
    typeof competencyIndex === 'number' ? form.sections[sectionId][competencyIndex]?.key : undefined;
  if (key === undefined) return { fieldId: fieldIds.addCompetency(sectionId), competencyKey: null };
  const place = (fieldId: string | null) => ({ fieldId, competencyKey: key });
  if (field === 'title' || field === 'id') return place(fieldIds.title(key));
  if (field === 'description') return place(fieldIds.competencyDescription(key));
  if (field === 'descriptors') {
    const level = Number(detail ?? 1);
    return place(fieldIds.level(key, Number.isInteger(level) ? level : 1));
  }
  if (field === 'developmentSuggestions') {
    return place(typeof detail === 'number' ? fieldIds.suggestion(key, detail) : fieldIds.addSuggestion(key));
  }
  return place(null);
}

/** The first message for each field, for the fields' own error text. */
export function messagesByField(problems: readonly DraftProblem[]): Map<string, string> {
  const byField = new Map<string, string>();
  for (const problem of problems) {
    if (problem.fieldId !== null && !byField.has(problem.fieldId))
      byField.set(problem.fieldId, problem.message);
  }
  return byField;
}
