/** Summary and profile: the manager's overall comments, and where the ratings place the person. */
import { stepAnchors } from '../../../../shared/appraisal/anchors';
import { TextAreaField } from '../fields/TextAreaField';
import type { StepProps } from '../editor/stepProps';
import { ProfileSummary } from './ProfileSummary';

export function SummaryStep({ draft, update, framework }: StepProps) {
  return (
    <>
      <TextAreaField
        id={stepAnchors.summaryOverall}
        label="Overall comments"
        hint="The main points of the year and of this conversation: strengths, what to work on, and thanks."
        rows={5}
        value={draft.summary.overall}
        onChange={(overall) => update((a) => ({ ...a, summary: { overall } }))}
      />
      <ProfileSummary draft={draft} framework={framework} />
    </>
  );
}
