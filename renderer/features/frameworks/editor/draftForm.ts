/**
 * The framework editor's state: the draft's editable content exactly as typed (never trimmed
 * or dropped, even when invalid), with a stable key per competency so focus and field ids
 * follow a competency when it moves. Pure functions, so every edit is easy to test.
 */
import type { Competency, Framework, SectionId } from '../../../../shared/framework/frameworkSchema';
import { maxDevelopmentSuggestions } from '../../../../shared/framework/frameworkSchema';
import type { FrameworkDraftContent } from '../../../db/frameworkRepository';

export interface CompetencyDraft {
  /** Only for the editor (React keys, field ids); never stored. */
  key: string;
  competency: Competency;
}

export interface FrameworkDraftForm {
  name: string;
  description: string;
  sections: Record<SectionId, CompetencyDraft[]>;
}

const newKey = (): string => `c${crypto.randomUUID().slice(0, 8)}`;

export function draftFormFrom(framework: Framework): FrameworkDraftForm {
  const [management, leadership] = framework.sections;
  const drafts = (competencies: readonly Competency[]) =>
    competencies.map((competency) => ({ key: newKey(), competency }));
  return {
    name: framework.name,
    description: framework.description,
    sections: { management: drafts(management.competencies), leadership: drafts(leadership.competencies) },
  };
}

export function contentOf(form: FrameworkDraftForm): FrameworkDraftContent {
  return {
    name: form.name,
    description: form.description,
    competencies: {
      management: form.sections.management.map((d) => d.competency),
      leadership: form.sections.leadership.map((d) => d.competency),
    },
  };
}

/** True when the form holds exactly what is stored (keys aside). */
export function sameContent(a: FrameworkDraftForm, b: FrameworkDraftForm): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}

function withSection(
  form: FrameworkDraftForm,
  sectionId: SectionId,
  change: (drafts: CompetencyDraft[]) => CompetencyDraft[],
): FrameworkDraftForm {
  return { ...form, sections: { ...form.sections, [sectionId]: change(form.sections[sectionId]) } };
}

export function updateCompetency(
  form: FrameworkDraftForm,
  sectionId: SectionId,
  key: string,
  change: (competency: Competency) => Competency,
): FrameworkDraftForm {
  return withSection(form, sectionId, (drafts) =>
    drafts.map((d) => (d.key === key ? { key, competency: change(d.competency) } : d)),
  );
}

/** Moves a competency one place up (-1) or down (+1); at either end nothing changes. */
export function moveCompetency(
  form: FrameworkDraftForm,
  sectionId: SectionId,
  key: string,
  offset: -1 | 1,
): FrameworkDraftForm {
  return withSection(form, sectionId, (drafts) => {
    const from = drafts.findIndex((d) => d.key === key);
    const to = from + offset;
    const moving = drafts[from];
    if (from < 0 || to < 0 || to >= drafts.length || moving === undefined) return drafts;
    const rest = drafts.filter((d) => d.key !== key);
    return [...rest.slice(0, to), moving, ...rest.slice(to)];
  });
}

/** A blank competency at the end of the section; its id is new, so no appraisal can confuse it. */
export function addCompetency(form: FrameworkDraftForm, sectionId: SectionId): [FrameworkDraftForm, string] {
  const key = newKey();
  const competency: Competency = {
    id: `competency-${crypto.randomUUID().slice(0, 8)}`,
    title: '',
    description: '',
    descriptors: { 1: '', 2: '', 3: '', 4: '' },
    tags: { cqcQualityStatements: [], regulations: [] },
    developmentSuggestions: [''],
  };
  return [withSection(form, sectionId, (drafts) => [...drafts, { key, competency }]), key];
}

export function removeCompetency(
  form: FrameworkDraftForm,
  sectionId: SectionId,
  key: string,
): FrameworkDraftForm {
  return withSection(form, sectionId, (drafts) => drafts.filter((d) => d.key !== key));
}

export function canAddSuggestion(competency: Competency): boolean {
  return competency.developmentSuggestions.length < maxDevelopmentSuggestions;
}
