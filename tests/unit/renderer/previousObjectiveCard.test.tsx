/** A carried-forward previous objective asks for a new target date only until its copy has one. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PreviousObjectiveReview } from '../../../shared/appraisal/appraisal';
import { PreviousObjectiveCard } from '../../../renderer/features/appraisal/objectives/PreviousObjectiveCard';

const review: PreviousObjectiveReview = {
  objective: {
    id: 'old-1',
    what: 'Mentor one new starter on nights.',
    measure: 'Care Certificate completed within 12 weeks.',
    targetDate: '2025-12-31',
    support: '',
    carriedFromId: null,
  },
  status: 'carried-forward',
  comment: '',
};
const none = () => null;

function card(targetDate: string): string {
  return renderToStaticMarkup(
    <PreviousObjectiveCard
      review={review}
      position={2}
      carriedAs={{ position: 1, targetDate }}
      onStatus={none}
      onComment={none}
      onCarryForward={none}
      onUndoCarryForward={none}
      onShowCopy={none}
    />,
  );
}

describe('a carried-forward previous objective', () => {
  it('asks for a new target date while the copy has none', () => {
    expect(card('')).toContain(
      'It is new objective 1; agree a new target date for it on the New objectives step.',
    );
  });

  it('names the new date, and stops asking, once the copy has one', () => {
    const html = card('2026-09-30');
    expect(html).toContain('It is new objective 1, with the new target date 30/09/2026.');
    expect(html).not.toContain('agree a new target date');
  });
});
