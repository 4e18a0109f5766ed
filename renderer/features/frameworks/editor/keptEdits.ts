/**
 * Edits to a framework draft that are not saved yet, kept in this computer's local storage as
 * the manager types. A draft that is not valid cannot be saved to the database, and typed text
 * must never be lost: this keeps it through leaving the page, a reload, a crash or a power cut
 * until it is saved or the draft is gone.
 */
import { z } from 'zod';
import type { FrameworkRef } from '../../../../shared/framework/frameworkSchema';
import { competencyTagsSchema } from '../../../../shared/framework/frameworkSchema';
import type { FrameworkDraftForm } from './draftForm';

const storageKey = (ref: FrameworkRef) =>
  `care-appraisals.framework-edits.${ref.frameworkId}@${String(ref.version)}`;

// Loose on purpose: unsaved text may break every rule; it only has to have the form's shape.
const competencyDraft = z.object({
  key: z.string(),
  competency: z.object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    descriptors: z.object({ 1: z.string(), 2: z.string(), 3: z.string(), 4: z.string() }),
    tags: competencyTagsSchema,
    developmentSuggestions: z.array(z.string()),
  }),
});
const keptForm = z.object({
  name: z.string(),
  description: z.string(),
  sections: z.object({ management: z.array(competencyDraft), leadership: z.array(competencyDraft) }),
}) satisfies z.ZodType<FrameworkDraftForm>;

export function readKeptEdits(ref: FrameworkRef): FrameworkDraftForm | null {
  try {
    const text = localStorage.getItem(storageKey(ref));
    if (text === null) return null;
    const parsed = keptForm.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function hasKeptEdits(ref: FrameworkRef): boolean {
  return readKeptEdits(ref) !== null;
}

export function keepEdits(ref: FrameworkRef, form: FrameworkDraftForm): void {
  try {
    localStorage.setItem(storageKey(ref), JSON.stringify(form));
  } catch {
    // Storage full or blocked: the form still holds the text; saving the draft is unaffected.
  }
}

export function forgetEdits(ref: FrameworkRef): void {
  try {
    localStorage.removeItem(storageKey(ref));
  } catch {
    // Nothing to do: an entry that cannot be removed is replaced at the next save.
  }
}
