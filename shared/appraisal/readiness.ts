/**
 * The "ready to sign" checklist: everything still missing, in step order, each with the step
 * it belongs to and an anchor to focus. Nothing here blocks moving between steps; only signing
 * needs the list to be empty.
 *
 * Rules, kept simple enough to explain to a manager:
 * - every competency in both sections has a level, or is marked not applicable with a reason;
 * - evidence is optional for levels 2 and 3 but required for 1 (Not yet demonstrated) and
 *   4 (Exemplary): the extremes are the ratings most often questioned, by the appraisee or an
 *   inspector, so they must say what they rest on;
 * - the self-assessment and the appraisee's comments are optional (the appraisee may choose
 *   not to do either), and a self-assessment need not cover every competency;
 * - every previous objective has a status (a comment is welcome but not required);
 * - at least one new objective, each with what, measure and target date (support optional);
 * - at least one development action; wellbeing discussion, summary and next due date written.
 */
import { formatDate } from '../dates';
import type { Competency, Framework } from '../framework/frameworkSchema';
import { scaleLabel } from '../framework/scale';
import type { Appraisal, AppraisalStepId } from './appraisal';
import {
  competencyAnchor,
  developmentItemAnchor,
  headerAnchor,
  objectiveAnchor,
  previousObjectiveAnchor,
  stepAnchors,
} from './anchors';
import { isBlank, objectiveMissing } from './objectiveChecks';
import { nameKey } from '../staff/names';

export interface MissingItem {
  step: AppraisalStepId;
  message: string;
  /** The id of the element to focus, when the item is about one field or one entry. */
  anchor?: string;
}

export function findMissing(appraisal: Appraisal, framework: Framework): MissingItem[] {
  const [management, leadership] = framework.sections;
  return [
    ...headerMissing(appraisal),
    ...management.competencies.flatMap((c) => competencyMissing(appraisal, c, 'management')),
    ...leadership.competencies.flatMap((c) => competencyMissing(appraisal, c, 'leadership')),
    ...previousObjectivesMissing(appraisal),
    ...objectivesMissing(appraisal),
    ...developmentMissing(appraisal),
    ...textMissing(
      appraisal.wellbeing.discussion,
      'wellbeing',
      stepAnchors.wellbeingDiscussion,
      'Record the wellbeing and support discussion.',
    ),
    ...textMissing(
      appraisal.summary.overall,
      'summary',
      stepAnchors.summaryOverall,
      'Write the overall summary.',
    ),
    ...nextDueMissing(appraisal),
  ];
}

type StepState = 'complete' | 'incomplete' | 'optional';
export interface StepProgress {
  state: StepState;
  /** Checklist items still open in this step; for "ready", in the whole appraisal. */
  missing: number;
}

/**
 * Progress per step for the stepper. The optional steps (self-assessment, appraisee's
 * comments) read "optional" until something is in them, then "complete". "Ready to sign"
 * counts everything still missing anywhere, since that is what signing waits for.
 */
export function stepProgress(
  appraisal: Appraisal,
  framework: Framework,
): Record<AppraisalStepId, StepProgress> {
  const missing = findMissing(appraisal, framework);
  const required = (step: AppraisalStepId): StepProgress => {
    const count = step === 'ready' ? missing.length : missing.filter((item) => item.step === step).length;
    return { state: count === 0 ? 'complete' : 'incomplete', missing: count };
  };
  const optional = (hasContent: boolean): StepProgress => ({
    state: hasContent ? 'complete' : 'optional',
    missing: 0,
  });
  return {
    header: required('header'),
    'self-assessment': optional(appraisal.selfAssessment.included),
    management: required('management'),
    leadership: required('leadership'),
    'previous-objectives': required('previous-objectives'),
    objectives: required('objectives'),
    development: required('development'),
    wellbeing: required('wellbeing'),
    summary: required('summary'),
    'appraisee-comments': optional(!isBlank(appraisal.appraiseeComments)),
    ready: required('ready'),
  };
}

function headerMissing({ header }: Appraisal): MissingItem[] {
  const item = (field: keyof typeof header, message: string): MissingItem => ({
    step: 'header',
    message,
    anchor: headerAnchor(field),
  });
  const missing: MissingItem[] = [];
  if (isBlank(header.staffName)) missing.push(item('staffName', "Enter the member of staff's name."));
  if (isBlank(header.roleAtTime)) missing.push(item('roleAtTime', "Enter the member of staff's role."));
  if (isBlank(header.appraiserName)) missing.push(item('appraiserName', "Enter the appraiser's name."));
  else if (nameKey(header.appraiserName) === nameKey(header.staffName))
    // The countersignature is a second person's; nobody seals their own appraisal.
    missing.push(item('appraiserName', 'Choose an appraiser other than the member of staff.'));
  if (isBlank(header.appraiserRole)) missing.push(item('appraiserRole', "Enter the appraiser's role."));
  if (header.periodStart === '') missing.push(item('periodStart', 'Enter the start of the review period.'));
  if (header.periodEnd === '') missing.push(item('periodEnd', 'Enter the end of the review period.'));
  if (header.periodStart !== '' && header.periodEnd !== '' && header.periodEnd < header.periodStart) {
    missing.push(
      item(
        'periodEnd',
        `The review period ends (${formatDate(header.periodEnd)}) before it starts (${formatDate(header.periodStart)}).`,
      ),
    );
  }
  if (header.meetingDate === '') missing.push(item('meetingDate', 'Enter the date of the meeting.'));
  return missing;
}

function competencyMissing(
  appraisal: Appraisal,
  competency: Competency,
  step: 'management' | 'leadership',
): MissingItem[] {
  const anchor = competencyAnchor(competency.id);
  const title = `"${competency.title}"`;
  const assessment = appraisal.ratings[competency.id];
  if (assessment?.notApplicable === true) {
    return isBlank(assessment.notApplicableReason)
      ? [{ step, anchor, message: `Say why ${title} is not applicable to this role.` }]
      : [];
  }
  const level = assessment?.level ?? null;
  if (level === null) {
    return [{ step, anchor, message: `Rate ${title} from 1 to 4, or mark it not applicable with a reason.` }];
  }
  if ((level === 1 || level === 4) && isBlank(assessment?.evidence ?? '')) {
    return [
      {
        step,
        anchor,
        message: `Add evidence for the level ${level} (${scaleLabel(level)}) rating of ${title}.`,
      },
    ];
  }
  return [];
}

function previousObjectivesMissing(appraisal: Appraisal): MissingItem[] {
  return appraisal.previousObjectives
    .filter((review) => review.status === null)
    .map((review) => ({
      step: 'previous-objectives',
      anchor: previousObjectiveAnchor(review.objective.id),
      message: `Give the previous objective ${quoteShort(review.objective.what)} a status.`,
    }));
}

function objectivesMissing(appraisal: Appraisal): MissingItem[] {
  if (appraisal.objectives.length === 0) {
    return [
      { step: 'objectives', anchor: stepAnchors.objectives, message: 'Agree at least one new objective.' },
    ];
  }
  return appraisal.objectives.flatMap((objective, index) =>
    objectiveMissing(objective).map((message) => ({
      step: 'objectives' as const,
      anchor: objectiveAnchor(objective.id),
      message: `New objective ${index + 1}: ${lowerFirst(message)}`,
    })),
  );
}

function developmentMissing(appraisal: Appraisal): MissingItem[] {
  const { items } = appraisal.development;
  if (items.length === 0) {
    return [
      {
        step: 'development',
        anchor: stepAnchors.development,
        message: 'Add at least one action to the development plan.',
      },
    ];
  }
  return items.flatMap((item, index) =>
    isBlank(item.action)
      ? [
          {
            step: 'development' as const,
            anchor: developmentItemAnchor(item.id),
            message: `Development action ${index + 1}: describe the action.`,
          },
        ]
      : [],
  );
}

function nextDueMissing({ nextDueDate, header }: Appraisal): MissingItem[] {
  const anchor = stepAnchors.nextDueDate;
  if (nextDueDate === '')
    return [{ step: 'ready', anchor, message: 'Set the date the next appraisal is due.' }];
  if (header.meetingDate !== '' && nextDueDate <= header.meetingDate) {
    return [
      {
        step: 'ready',
        anchor,
        message: `The next appraisal must be due after the meeting date (${formatDate(header.meetingDate)}).`,
      },
    ];
  }
  return [];
}

function textMissing(text: string, step: AppraisalStepId, anchor: string, message: string): MissingItem[] {
  return isBlank(text) ? [{ step, anchor, message }] : [];
}

/** Enough of an objective to recognise it in a checklist line. */
function quoteShort(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  if (flat === '') return '(with no wording)';
  const chars = Array.from(flat); // by code point, so a name or emoji is never cut in half
  return chars.length <= 60 ? `"${flat}"` : `"${chars.slice(0, 57).join('').trimEnd()}…"`;
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
