/**
 * Checks a framework and reports every problem as a plain-English sentence that says where it
 * is, e.g. 'Section "Leadership behaviours", competency 3 ("Coaching"): the descriptor for
 * level 2 (Developing) is empty.' Used for imported files and for the framework editor.
 */
import type { z } from 'zod';
import { frameworkSchema, type Framework } from './frameworkSchema';
import { fieldOf } from './untrusted';

export type FrameworkCheck = { ok: true; framework: Framework } | { ok: false; problems: string[] };

/** Enough to fix a file in one sitting without burying the first problems. */
export const maxProblemsReported = 20;

export function validateFramework(value: unknown): FrameworkCheck {
  const result = frameworkSchema.safeParse(value);
  if (result.success) return { ok: true, framework: result.data };
  return { ok: false, problems: describeProblems(value, result.error.issues) };
}

export function describeProblems(value: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  const sentences = [...new Set(issues.map((issue) => locate(value, issue.path, issue.message)))];
  if (sentences.length <= maxProblemsReported) return sentences;
  const hidden = sentences.length - maxProblemsReported;
  return [
    ...sentences.slice(0, maxProblemsReported),
    `…and ${hidden} more ${hidden === 1 ? 'problem' : 'problems'}. Fix these first, then check again.`,
  ];
}

function locate(value: unknown, path: readonly PropertyKey[], message: string): string {
  const [first, sectionIndex, third, competencyIndex] = path;
  if (first !== 'sections' || typeof sectionIndex !== 'number') return message;
  const section = fieldOf(fieldOf(value, 'sections'), sectionIndex);
  const sectionTitle = titleOf(section);
  let place = sectionTitle === null ? `Section ${sectionIndex + 1}` : `Section "${sectionTitle}"`;
  if (third === 'competencies' && typeof competencyIndex === 'number') {
    const competencyTitle = titleOf(fieldOf(fieldOf(section, 'competencies'), competencyIndex));
    place += `, competency ${competencyIndex + 1}`;
    if (competencyTitle !== null) place += ` ("${competencyTitle}")`;
  }
  return `${place}: ${lowerFirstWord(message)}`;
}

/** A title short and tidy enough to quote inside a sentence, or null if there is none. */
function titleOf(value: unknown): string | null {
  const title: unknown = fieldOf(value, 'title');
  if (typeof title !== 'string') return null;
  const oneLine = title.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return null;
  return oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine;
}

/** "The title is empty." reads "…: the title is empty."; acronyms such as "CQC" keep their capitals. */
function lowerFirstWord(message: string): string {
  const firstWord = /^\p{L}+/u.exec(message)?.[0] ?? '';
  const isOrdinaryWord = firstWord.length === 1 || firstWord.slice(1) === firstWord.slice(1).toLowerCase();
  return firstWord !== '' && isOrdinaryWord ? message.charAt(0).toLowerCase() + message.slice(1) : message;
}
