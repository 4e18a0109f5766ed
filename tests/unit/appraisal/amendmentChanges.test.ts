import { describe, expect, it } from 'vitest';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { amendmentChanges, amendmentHeading, firstWords } from '../../../shared/appraisal/amendmentChanges';
import { builtInFramework } from '../../../shared/framework/builtin/builtInFramework';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import { completeAppraisal } from '../../fixtures/completeAppraisal';

const original = completeAppraisal();

/** The fixture's own entry: present by construction, so a missing one is a broken fixture. */
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('The fixture is missing an entry this test changes.');
  return value;
}
const changesTo = (amend: (a: Appraisal) => Appraisal, framework: Framework = builtInFramework) =>
  amendmentChanges(
    { appraisal: original, framework: builtInFramework },
    { appraisal: amend(structuredClone(original)), framework },
  );

describe('amendmentChanges', () => {
  it('lists nothing when only the reason differs', () => {
    expect(changesTo((a) => ({ ...a, version: 2, amendmentReason: 'Typo in the reason.' }))).toEqual([]);
  });

  it('names a changed rating by competency title and level labels, old → new', () => {
    const lines = changesTo((a) => {
      a.ratings['supervising-staff-performance'] = {
        ...present(a.ratings['supervising-staff-performance']),
        level: 4,
      };
      a.ratings['processes-and-care-documentation'] = {
        level: null,
        notApplicable: true,
        notApplicableReason: 'Nights only.',
        evidence: '',
      };
      return a;
    });
    expect(lines).toEqual([
      'Implementing processes and care documentation: Developing → Not applicable to this role',
      'Supervising and managing staff performance: Effective → Exemplary',
      'Evidence notes changed: Implementing processes and care documentation',
    ]);
  });

  it('names evidence that changed under an unchanged rating in one line', () => {
    const lines = changesTo((a) => {
      present(a.ratings['advocacy']).evidence = 'Spoke up for a resident at the review.';
      present(a.ratings['developing-others']).evidence = 'Mentored two new starters.';
      return a;
    });
    expect(lines).toEqual([
      'Evidence notes changed: Developing others, Advocacy for residents, staff and the sector',
    ]);
  });

  it('lists self-assessment levels that changed, and only while it is part of the record', () => {
    const rated = changesTo((a) => {
      a.selfAssessment.levels['planning-and-organising-work'] = 2;
      a.selfAssessment.levels['advocacy'] = 4;
      a.selfAssessment.source = 'in-meeting';
      return a;
    });
    expect(rated).toEqual([
      'Self-assessment made: paper form → in the meeting',
      'Self-assessment, Planning and organising work and rotas: Effective → Developing',
      'Self-assessment, Advocacy for residents, staff and the sector: not rated → Exemplary',
    ]);
    const switchedOff = changesTo((a) => {
      a.selfAssessment.included = false;
      a.selfAssessment.levels['advocacy'] = 4;
      return a;
    });
    expect(switchedOff).toEqual(['Self-assessment removed']);
  });

  it('names objectives and development actions added, changed or removed by their first words', () => {
    const lines = changesTo((a) => ({
      ...a,
      objectives: [
        { ...present(a.objectives[0]), targetDate: '2026-12-31', support: 'Shadow the deputy twice.' },
        {
          id: 'objective-2',
          what: 'Run the monthly medication audit with the deputy manager and report findings to the team meeting.',
          measure: 'Audit filed monthly.',
          targetDate: '2026-10-31',
          support: 'An hour a month.',
          carriedFromId: null,
        },
      ],
      development: { ...a.development, items: [] },
    }));
    expect(lines).toEqual([
      'Objective changed: “Lead the night-shift handover twice a week.” (target date and support)',
      'Objective added: “Run the monthly medication audit with the deputy…”',
      'Development plan action removed: “Attend the in-house coaching skills session.”',
    ]);
  });

  it('gives a reviewed previous objective its status change, and other sections one line each', () => {
    const lines = changesTo((a) => ({
      ...a,
      header: { ...a.header, meetingDate: '2026-03-13', teamAtTime: 'Days' },
      previousObjectives: [
        { ...present(a.previousObjectives[0]), status: 'partly-met', comment: 'One round left.' },
      ],
      wellbeing: { ...a.wellbeing, supportAgreed: 'A quieter rota in April.' },
      summary: { overall: `${a.summary.overall} Led the January audit.` },
      appraiseeComments: 'Thank you.',
      nextDueDate: '2027-02-01',
    }));
    expect(lines).toEqual([
      'About this appraisal changed (team and meeting date)',
      'Previous objective “Complete the medication competency refresher.”: Met → Partly met, comment changed',
      'Wellbeing and support notes changed',
      'Overall comments changed',
      "The appraisee's comments changed",
      'Next appraisal due: 12/03/2027 → 01/02/2027',
    ]);
  });

  it('says when the framework version changed and titles competencies from either version', () => {
    const renamed: Framework = {
      ...builtInFramework,
      version: 2,
      sections: [
        {
          ...builtInFramework.sections[0],
          competencies: builtInFramework.sections[0].competencies.map((c) =>
            c.id === 'managing-resources' ? { ...c, title: 'Managing money and supplies' } : c,
          ),
        },
        builtInFramework.sections[1],
      ],
    };
    const lines = changesTo((a) => {
      present(a.ratings['managing-resources']).level = 4;
      return { ...a, framework: { frameworkId: renamed.frameworkId, version: 2 } };
    }, renamed);
    expect(lines).toEqual([
      'Framework: Care Appraisals core framework, version 1 → Care Appraisals core framework, version 2',
      'Managing money and supplies: Not yet demonstrated → Exemplary',
    ]);
  });
});

describe('firstWords', () => {
  it('keeps whole words up to about 48 characters and marks a cut with an ellipsis', () => {
    expect(firstWords('  Lead   handovers ')).toBe('“Lead handovers”');
    expect(firstWords('x'.repeat(60))).toBe(`“${'x'.repeat(48)}…”`);
    expect(firstWords('')).toBe('(no text)');
  });
});

describe('amendmentHeading', () => {
  it('names the version and meeting date replaced and when it was sealed, in UK time', () => {
    expect(
      amendmentHeading(2, { version: 1, meetingDate: '2026-03-12', sealedAt: '2026-03-14T23:30:00.000Z' }),
    ).toBe('Amendment: version 2, replacing version 1 of 12 March 2026, sealed 14 March 2026');
    // Late on a summer evening in UTC is already the next day in the UK.
    expect(
      amendmentHeading(3, { version: 2, meetingDate: '2026-06-30', sealedAt: '2026-06-30T23:30:00.000Z' }),
    ).toBe('Amendment: version 3, replacing version 2 of 30 June 2026, sealed 1 July 2026');
  });
});
