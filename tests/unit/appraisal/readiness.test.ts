import { describe, expect, it } from 'vitest';
import { appraisalStepIds, type Appraisal } from '../../../shared/appraisal/appraisal';
import { findMissing, stepProgress } from '../../../shared/appraisal/readiness';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { makeFramework } from '../framework/frameworkFixture';
import { emptyDraft } from './appraisalFixture';

const framework = makeFramework(8, 8);
const complete = (overrides: Partial<Appraisal> = {}) => completeAppraisal(overrides, framework);
const messages = (appraisal: Appraisal) => findMissing(appraisal, framework).map((item) => item.message);

function withRating(competencyId: string, rating: Partial<Appraisal['ratings'][string]>): Appraisal {
  const appraisal = complete();
  const existing = appraisal.ratings[competencyId];
  if (existing === undefined) throw new Error(`no rating for ${competencyId}`);
  return { ...appraisal, ratings: { ...appraisal.ratings, [competencyId]: { ...existing, ...rating } } };
}

describe('ready to sign: what is missing', () => {
  it('lists nothing for a complete appraisal', () => {
    expect(findMissing(complete(), framework)).toEqual([]);
  });

  it('lists everything on an empty draft, in step order, each pointing at its place', () => {
    const blank = emptyDraft({ framework });
    const draft = { ...blank, header: { ...blank.header, appraiserName: '', appraiserRole: '  ' } };
    const missing = findMissing(draft, framework);
    expect(missing.map((item) => [item.step, item.anchor])).toEqual([
      ['header', 'header-appraiserName'],
      ['header', 'header-appraiserRole'],
      ['header', 'header-periodStart'],
      ...['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'].map((id) => ['management', `competency-${id}`]),
      ...['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8'].map((id) => ['leadership', `competency-${id}`]),
      ['objectives', 'objectives-list'],
      ['development', 'development-plan'],
      ['wellbeing', 'wellbeing-discussion'],
      ['summary', 'summary-overall'],
    ]);
    expect(missing.map((item) => item.message).filter((m) => !m.startsWith('Rate '))).toEqual([
      "Enter the appraiser's name.",
      "Enter the appraiser's role.",
      'Enter the start of the review period.',
      'Agree at least one new objective.',
      'Add at least one action to the development plan.',
      'Record the wellbeing and support discussion.',
      'Write the overall summary.',
    ]);
    expect(missing[3]?.message).toBe(
      'Rate "Competency m1" from 1 to 4, or mark it not applicable with a reason.',
    );
    const order = missing.map((item) => appraisalStepIds.indexOf(item.step));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('will not let the member of staff be their own appraiser, however the name is typed', () => {
    const appraisal = complete();
    const self = {
      ...appraisal,
      header: { ...appraisal.header, staffName: 'Ștefan Țurcanu', appraiserName: 'stefan  turcanu' },
    };
    expect(findMissing(self, framework)).toEqual([
      {
        step: 'header',
        anchor: 'header-appraiserName',
        message: 'Choose an appraiser other than the member of staff.',
      },
    ]);
  });

  it('asks for every previous objective to have a status', () => {
    const previous = complete({ id: 'previous', status: 'signed' });
    const draft = emptyDraft({ framework, previous });
    const items = findMissing(draft, framework).filter((item) => item.step === 'previous-objectives');
    expect(items).toEqual([
      {
        step: 'previous-objectives',
        anchor: 'previous-objective-objective-1',
        message: 'Give the previous objective "Lead the night-shift handover twice a week." a status.',
      },
    ]);
  });

  it('wants a reason for "not applicable"', () => {
    const appraisal = withRating('m2', { level: null, notApplicable: true, notApplicableReason: ' ' });
    expect(findMissing(appraisal, framework)).toEqual([
      {
        step: 'management',
        anchor: 'competency-m2',
        message: 'Say why "Competency m2" is not applicable to this role.',
      },
    ]);
  });

  it('wants evidence for a level 1 or 4 rating, not for 2 or 3', () => {
    expect(messages(withRating('l1', { level: 1, evidence: '' }))).toEqual([
      'Add evidence for the level 1 (Not yet demonstrated) rating of "Competency l1".',
    ]);
    expect(messages(withRating('l1', { level: 4, evidence: '' }))).toEqual([
      'Add evidence for the level 4 (Exemplary) rating of "Competency l1".',
    ]);
    expect(messages(withRating('l1', { level: 2, evidence: '' }))).toEqual([]);
    expect(messages(withRating('l1', { level: 3, evidence: '' }))).toEqual([]);
  });

  it('does not need a self-assessment, nor one that covers every competency, nor appraisee comments', () => {
    expect(
      messages(complete({ selfAssessment: { included: false, source: 'in-meeting', levels: {} } })),
    ).toEqual([]);
    expect(
      messages(complete({ selfAssessment: { included: true, source: 'paper-form', levels: { m1: 2 } } })),
    ).toEqual([]);
    expect(messages(complete({ appraiseeComments: '' }))).toEqual([]);
  });

  it('names each empty part of each new objective by its number', () => {
    const [first] = complete().objectives;
    if (first === undefined) throw new Error('fixture has an objective');
    const appraisal = complete({ objectives: [first, { ...first, id: 'o2', measure: '', targetDate: '' }] });
    expect(findMissing(appraisal, framework)).toEqual([
      {
        step: 'objectives',
        anchor: 'objective-o2',
        message: 'New objective 2: say how progress will be measured.',
      },
      { step: 'objectives', anchor: 'objective-o2', message: 'New objective 2: set a target date.' },
    ]);
  });

  it('wants a development action to say what it is', () => {
    const [item] = complete().development.items;
    if (item === undefined) throw new Error('fixture has a development item');
    const appraisal = complete({
      development: { items: [{ ...item, action: '' }], dismissedSuggestions: [] },
    });
    expect(messages(appraisal)).toEqual(['Development action 1: describe the action.']);
  });

  it('checks the review period and the next due date make sense', () => {
    const base = complete();
    expect(
      messages({ ...base, header: { ...base.header, periodStart: '2026-04-01', periodEnd: '2026-03-01' } }),
    ).toEqual(['The review period ends (01/03/2026) before it starts (01/04/2026).']);
    expect(messages({ ...base, nextDueDate: '' })).toEqual(['Set the date the next appraisal is due.']);
    expect(messages({ ...base, nextDueDate: '2026-03-12' })).toEqual([
      'The next appraisal must be due after the meeting date (12/03/2026).',
    ]);
  });

  it('counts text of only spaces as missing', () => {
    expect(
      messages(
        complete({ summary: { overall: ' \n ' }, wellbeing: { discussion: '\t', supportAgreed: '' } }),
      ),
    ).toEqual(['Record the wellbeing and support discussion.', 'Write the overall summary.']);
  });
});

describe('step progress', () => {
  it('shows each step complete for a complete appraisal', () => {
    const progress = stepProgress(complete(), framework);
    expect(Object.keys(progress)).toEqual([...appraisalStepIds]);
    for (const step of appraisalStepIds) expect(progress[step]).toEqual({ state: 'complete', missing: 0 });
  });

  it('counts what each step still needs, with optional steps marked optional and "ready" counting all', () => {
    const draft = emptyDraft({ framework });
    expect(stepProgress(draft, framework)).toEqual({
      header: { state: 'incomplete', missing: 1 },
      'self-assessment': { state: 'optional', missing: 0 },
      management: { state: 'incomplete', missing: 8 },
      leadership: { state: 'incomplete', missing: 8 },
      'previous-objectives': { state: 'complete', missing: 0 },
      objectives: { state: 'incomplete', missing: 1 },
      development: { state: 'incomplete', missing: 1 },
      wellbeing: { state: 'incomplete', missing: 1 },
      summary: { state: 'incomplete', missing: 1 },
      'appraisee-comments': { state: 'optional', missing: 0 },
      ready: { state: 'incomplete', missing: 21 },
    });
  });
});
