/**
 * A new draft appraisal for one member of staff: the framework version pinned, the header
 * filled from the register and the previous appraisal, and the previous objectives copied
 * in to be reviewed. Pure, so the repository decides ids, time and what "previous" is.
 */
import { toIsoDate } from '../dates';
import type { Framework } from '../framework/frameworkSchema';
import type { StaffMember } from '../staff/staffMember';
import type { Appraisal } from './appraisal';
import { previousObjectivesFrom } from './carryOver';
import { defaultNextDueDate } from './nextDue';

export interface NewAppraisalInput {
  id: string;
  staff: StaffMember;
  framework: Framework;
  /** The member of staff's last signed appraisal, or null for their first. */
  previous: Appraisal | null;
  appraiserName: string;
  appraiserRole: string;
  /** The home's interval between appraisals, for the default next due date. */
  intervalMonths: number;
  now: Date;
}

export function createAppraisalDraft(input: NewAppraisalInput): Appraisal {
  const { staff, framework, previous, now } = input;
  const today = toIsoDate(now);
  const timestamp = now.toISOString();
  return {
    id: input.id,
    staffId: staff.id,
    status: 'draft',
    version: 1,
    supersedesId: null,
    amendmentReason: '',
    supersededById: null,
    framework: { frameworkId: framework.frameworkId, version: framework.version },
    header: {
      staffName: staff.fullName,
      roleAtTime: staff.role,
      teamAtTime: staff.team,
      appraiserName: input.appraiserName,
      appraiserRole: input.appraiserRole,
      // The period runs on from the last appraisal; for a first one the manager chooses.
      periodStart: previous?.header.meetingDate ?? '',
      periodEnd: today,
      meetingDate: today,
    },
    selfAssessment: { included: false, source: 'in-meeting', levels: {} },
    ratings: {},
    previousAppraisalId: previous?.id ?? null,
    previousObjectives: previousObjectivesFrom(previous),
    objectives: [],
    development: { items: [], dismissedSuggestions: [] },
    wellbeing: { discussion: '', supportAgreed: '' },
    summary: { overall: '' },
    appraiseeComments: '',
    signatures: { appraisee: null, appraiser: null },
    sealed: null,
    nextDueDate: defaultNextDueDate(today, input.intervalMonths),
    currentStep: 'header',
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}
