import { describe, expect, it } from 'vitest';
import { appraisalSchema, appraisalStepIds } from '../../../shared/appraisal/appraisal';
import { managerRatings, selfRatings } from '../../../shared/appraisal/ratingsOf';
import { appraisalSteps } from '../../../shared/appraisal/steps';
import { profileScore } from '../../../shared/framework/profileScore';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { makeFramework } from '../framework/frameworkFixture';
import { emptyDraft } from './appraisalFixture';

const framework = { ...makeFramework(8, 8), frameworkId: 'our-home', version: 3 };

describe('a new draft', () => {
  it('is a valid draft pinned to the framework, dated today, with the header from the register', () => {
    const draft = emptyDraft({ framework, intervalMonths: 6 });
    expect(appraisalSchema.safeParse(draft).success).toBe(true);
    expect(draft).toMatchObject({
      id: 'draft-1',
      staffId: 'staff-hoa',
      status: 'draft',
      version: 1,
      supersedesId: null,
      framework: { frameworkId: 'our-home', version: 3 },
      header: {
        staffName: 'Nguyễn Thị Hoa',
        roleAtTime: 'Senior carer',
        teamAtTime: 'Nights',
        appraiserName: 'Łucja Wąsowska',
        appraiserRole: 'Registered manager',
        periodStart: '',
        periodEnd: '2026-03-12',
        meetingDate: '2026-03-12',
      },
      selfAssessment: { included: false, source: 'in-meeting', levels: {} },
      ratings: {},
      previousAppraisalId: null,
      previousObjectives: [],
      objectives: [],
      nextDueDate: '2026-09-12',
      currentStep: 'header',
    });
    expect(draft.createdAt).toBe(draft.updatedAt);
  });

  it('starts its review period at the previous meeting and reviews the previous objectives', () => {
    const previous = completeAppraisal({ id: 'previous', status: 'signed' });
    const draft = emptyDraft({ framework, previous });
    expect(draft.header.periodStart).toBe('2026-03-12');
    expect(draft.previousAppraisalId).toBe('previous');
    expect(draft.previousObjectives.map((r) => [r.objective.what, r.status, r.comment])).toEqual([
      ['Lead the night-shift handover twice a week.', null, ''],
    ]);
    expect(draft.objectives).toEqual([]);
  });
});

describe('ratings for scoring', () => {
  it("gives the manager's levels and reasons, leaving out what is not rated", () => {
    const base = emptyDraft({ framework });
    const appraisal = {
      ...base,
      ratings: {
        m1: { level: 3 as const, notApplicable: false, notApplicableReason: '', evidence: 'x' },
        m2: { level: null, notApplicable: true, notApplicableReason: 'Nights only.', evidence: '' },
        m3: { level: null, notApplicable: false, notApplicableReason: '', evidence: 'thinking' },
        l1: { level: 1 as const, notApplicable: false, notApplicableReason: '', evidence: '' },
      },
    };
    expect(managerRatings(appraisal)).toEqual({
      m1: { level: 3 },
      m2: { notApplicable: true, reason: 'Nights only.' },
      l1: { level: 1 },
    });
    expect(profileScore(framework, managerRatings(appraisal))).toMatchObject({
      management: 3,
      leadership: 1,
    });
  });

  it("gives the appraisee's own levels only when the self-assessment is included", () => {
    const base = emptyDraft({ framework });
    const levels = { m1: 2 as const, m2: null };
    expect(
      selfRatings({ ...base, selfAssessment: { included: true, source: 'paper-form', levels } }),
    ).toEqual({
      m1: { level: 2 },
    });
    expect(
      selfRatings({ ...base, selfAssessment: { included: false, source: 'paper-form', levels } }),
    ).toEqual({});
  });
});

describe('the steps', () => {
  it('are every step, in the stored order, each with a title and description', () => {
    expect(appraisalSteps.map((s) => s.id)).toEqual([...appraisalStepIds]);
    expect(appraisalSteps.map((s) => s.title)).toEqual([
      'About this appraisal',
      'Self-assessment',
      'Management tasks',
      'Leadership behaviours',
      'Previous objectives',
      'New objectives',
      'Development plan',
      'Wellbeing and support',
      'Summary and profile',
      "Appraisee's comments",
      'Ready to sign',
    ]);
    for (const step of appraisalSteps) expect(step.description).not.toBe('');
  });
});
