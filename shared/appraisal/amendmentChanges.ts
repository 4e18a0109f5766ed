/**
 * What an amendment changed from the sealed version it replaces, as short plain-English lines.
 * The ready step, the signing screen and the amended PDF all show this same list, so the
 * appraisee signs knowing what changed and the printed record says the same thing.
 */
import { formatDate, formatDateLong } from '../dates';
import type { Framework } from '../framework/frameworkSchema';
import { notApplicableLabel, scaleLabels, type ScaleLevel } from '../framework/scale';
import {
  objectiveStatusLabels,
  type Appraisal,
  type CompetencyAssessment,
  type DevelopmentItem,
  type Objective,
  type PreviousObjectiveReview,
} from './appraisal';

/** The parts of a version that are compared; a draft and a sealed document both have them. */
type ComparedFields = Pick<
  Appraisal,
  | 'framework'
  | 'header'
  | 'selfAssessment'
  | 'ratings'
  | 'previousObjectives'
  | 'objectives'
  | 'development'
  | 'wellbeing'
  | 'summary'
  | 'appraiseeComments'
  | 'nextDueDate'
>;

/** One version with the framework it pinned, for competency titles. */
export interface ComparedVersion {
  appraisal: ComparedFields;
  framework: Framework;
}

/** Shown in place of the list when only the reason differs. */
export const reasonOnlyNote = 'No answers changed; reason only.';

export function amendmentChanges(replaced: ComparedVersion, amendment: ComparedVersion): string[] {
  const before = replaced.appraisal;
  const after = amendment.appraisal;
  const competencies = competencyTitles(amendment.framework, replaced.framework);
  return [
    ...frameworkChange(replaced.framework, amendment.framework),
    ...headerChange(before.header, after.header),
    ...selfAssessmentChanges(before.selfAssessment, after.selfAssessment, competencies),
    ...ratingChanges(before.ratings, after.ratings, competencies),
    ...previousObjectiveChanges(before.previousObjectives, after.previousObjectives),
    ...listChanges('Objective', before.objectives, after.objectives, objectiveFields, (o) => o.what),
    ...listChanges(
      'Development plan action',
      before.development.items,
      after.development.items,
      developmentFields,
      (item) => item.action,
    ),
    ...textChange(
      'Wellbeing and support notes changed',
      [before.wellbeing.discussion, before.wellbeing.supportAgreed],
      [after.wellbeing.discussion, after.wellbeing.supportAgreed],
    ),
    ...textChange('Overall comments changed', [before.summary.overall], [after.summary.overall]),
    ...textChange("The appraisee's comments changed", [before.appraiseeComments], [after.appraiseeComments]),
    ...(before.nextDueDate === after.nextDueDate
      ? []
      : [`Next appraisal due: ${shownDate(before.nextDueDate)} → ${shownDate(after.nextDueDate)}`]),
  ];
}

/** Competency ids to titles, in the amendment's framework order, then any only the replaced version had. */
function competencyTitles(...frameworks: Framework[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const framework of frameworks)
    for (const section of framework.sections)
      for (const competency of section.competencies)
        if (!titles.has(competency.id)) titles.set(competency.id, competency.title);
  return titles;
}

function frameworkChange(before: Framework, after: Framework): string[] {
  if (before.frameworkId === after.frameworkId && before.version === after.version) return [];
  return [`Framework: ${before.name}, version ${before.version} → ${after.name}, version ${after.version}`];
}

const headerLabels = {
  staffName: 'name',
  roleAtTime: 'role',
  teamAtTime: 'team',
  appraiserName: "appraiser's name",
  appraiserRole: "appraiser's role",
  periodStart: 'review period start',
  periodEnd: 'review period end',
  meetingDate: 'meeting date',
} as const satisfies Record<keyof Appraisal['header'], string>;

function headerChange(before: Appraisal['header'], after: Appraisal['header']): string[] {
  const changed = changedFields(before, after, headerLabels);
  return changed.length === 0 ? [] : [`About this appraisal changed (${listed(changed)})`];
}

const sourceLabels = {
  'paper-form': 'paper form',
  'in-meeting': 'in the meeting',
} as const satisfies Record<Appraisal['selfAssessment']['source'], string>;

function selfAssessmentChanges(
  before: Appraisal['selfAssessment'],
  after: Appraisal['selfAssessment'],
  titles: Map<string, string>,
): string[] {
  // Levels typed into a self-assessment that is switched off are not part of the record.
  if (!before.included && !after.included) return [];
  if (!before.included) return ['Self-assessment added'];
  if (!after.included) return ['Self-assessment removed'];
  const lines =
    before.source === after.source
      ? []
      : [`Self-assessment made: ${sourceLabels[before.source]} → ${sourceLabels[after.source]}`];
  for (const [id, title] of titles) {
    const old = levelText(before.levels[id] ?? null);
    const now = levelText(after.levels[id] ?? null);
    if (old !== now) lines.push(`Self-assessment, ${title}: ${old} → ${now}`);
  }
  return lines;
}

function levelText(level: ScaleLevel | null): string {
  return level === null ? 'not rated' : scaleLabels[level];
}

/** "Not applicable" wins over a level, as everywhere else a rating is read. */
function ratingText(assessment: CompetencyAssessment | undefined): string {
  if (assessment?.notApplicable === true) return notApplicableLabel;
  return levelText(assessment?.level ?? null);
}

function ratingChanges(
  before: Appraisal['ratings'],
  after: Appraisal['ratings'],
  titles: Map<string, string>,
): string[] {
  const lines: string[] = [];
  const notesChanged: string[] = [];
  for (const [id, title] of titles) {
    const old = ratingText(before[id]);
    const now = ratingText(after[id]);
    if (old !== now) lines.push(`${title}: ${old} → ${now}`);
    const notes = (a: CompetencyAssessment | undefined) => [a?.evidence ?? '', a?.notApplicableReason ?? ''];
    if (!sameTexts(notes(before[id]), notes(after[id]))) notesChanged.push(title);
  }
  // Evidence is long text: naming where it changed is enough, the PDF prints the new notes.
  if (notesChanged.length > 0) lines.push(`Evidence notes changed: ${notesChanged.join(', ')}`);
  return lines;
}

function previousObjectiveChanges(
  before: readonly PreviousObjectiveReview[],
  after: readonly PreviousObjectiveReview[],
): string[] {
  const lines: string[] = [];
  const statusText = (review: PreviousObjectiveReview) =>
    review.status === null ? 'no status' : objectiveStatusLabels[review.status];
  for (const review of after) {
    const name = `Previous objective ${firstWords(review.objective.what)}`;
    const old = before.find((candidate) => candidate.objective.id === review.objective.id);
    if (old === undefined) {
      lines.push(`${name} added`);
      continue;
    }
    const parts = [
      ...(old.status === review.status ? [] : [`${statusText(old)} → ${statusText(review)}`]),
      ...(old.comment === review.comment ? [] : ['comment changed']),
    ];
    if (parts.length > 0) lines.push(`${name}: ${parts.join(', ')}`);
  }
  for (const old of before)
    if (!after.some((review) => review.objective.id === old.objective.id))
      lines.push(`Previous objective ${firstWords(old.objective.what)} removed`);
  return lines;
}

const objectiveFields = {
  what: 'what',
  measure: 'measure',
  targetDate: 'target date',
  support: 'support',
  carriedFromId: 'carried forward',
} as const satisfies Record<Exclude<keyof Objective, 'id'>, string>;

const developmentFields = {
  area: 'area',
  competencyId: 'competency',
  action: 'action',
  trainingNeed: 'training or support needed',
  byWhen: 'by when',
} as const satisfies Record<Exclude<keyof DevelopmentItem, 'id'>, string>;

/** Items matched by id: each one added, removed or changed, named by its first words. */
function listChanges<Item extends { id: string }>(
  what: string,
  before: readonly Item[],
  after: readonly Item[],
  labels: { readonly [K in keyof Item]?: string },
  nameOf: (item: Item) => string,
): string[] {
  const lines: string[] = [];
  for (const item of after) {
    const old = before.find((candidate) => candidate.id === item.id);
    if (old === undefined) lines.push(`${what} added: ${firstWords(nameOf(item))}`);
    else {
      const changed = changedFields(old, item, labels);
      if (changed.length > 0) lines.push(`${what} changed: ${firstWords(nameOf(item))} (${listed(changed)})`);
    }
  }
  for (const old of before)
    if (!after.some((item) => item.id === old.id)) lines.push(`${what} removed: ${firstWords(nameOf(old))}`);
  return lines;
}

/** The labels of the fields whose values differ, in the labels' order. */
function changedFields<T extends object>(
  before: T,
  after: T,
  labels: { readonly [K in keyof T]?: string },
): string[] {
  const changed: string[] = [];
  // Object.keys forgets the key type; these keys are the labels' own, all of them T's.
  for (const key of Object.keys(labels) as (keyof T)[]) {
    const label = labels[key];
    if (label !== undefined && before[key] !== after[key]) changed.push(label);
  }
  return changed;
}

function textChange(line: string, before: readonly string[], after: readonly string[]): string[] {
  return sameTexts(before, after) ? [] : [line];
}

function sameTexts(before: readonly string[], after: readonly string[]): boolean {
  return before.length === after.length && before.every((text, index) => text === after[index]);
}

function shownDate(iso: string): string {
  return iso === '' ? 'not set' : formatDate(iso);
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

const nameLength = 48;

/** An item's first words in quotes, enough to recognise it: "Lead the night-shift handover…". */
export function firstWords(text: string): string {
  const words = text
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  if (words.length === 0) return '(no text)';
  let shown = '';
  for (const word of words) {
    const next = shown === '' ? word : `${shown} ${word}`;
    if (Array.from(next).length > nameLength) {
      // One very long first word is cut; otherwise stop at the last whole word that fits.
      shown = shown === '' ? Array.from(word).slice(0, nameLength).join('') : shown;
      return `“${shown}…”`;
    }
    shown = next;
  }
  return `“${shown}”`;
}

const ukLongDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** The version an amendment replaces, as the amended record describes it. */
export interface ReplacedVersion {
  version: number;
  meetingDate: string;
  /** When it was sealed; in UK time, so the same record prints the same on any computer. */
  sealedAt: string;
}

/** "Amendment: version 2, replacing version 1 of 12 March 2026, sealed 14 March 2026". */
export function amendmentHeading(version: number, replaced: ReplacedVersion): string {
  const of = replaced.meetingDate === '' ? '' : ` of ${formatDateLong(replaced.meetingDate)}`;
  const sealed = new Date(replaced.sealedAt);
  const sealedOn = Number.isNaN(sealed.getTime()) ? '' : `, sealed ${ukLongDate.format(sealed)}`;
  return `Amendment: version ${version}, replacing version ${replaced.version}${of}${sealedOn}`;
}
