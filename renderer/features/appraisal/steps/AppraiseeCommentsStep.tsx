/** The appraisee's own comments, including anything they disagree with. */
import { TextAreaField } from '../fields/TextAreaField';
import type { StepProps } from '../editor/stepProps';

export function AppraiseeCommentsStep({ draft, update }: StepProps) {
  const name = draft.header.staffName;
  return (
    <>
      <p className="step-intro">
        In {name}&rsquo;s own words. When they sign, they confirm that the appraisal was discussed with them
        and that they have read this record, <strong>not</strong> that they agree with it. If they disagree
        with anything, write it here: it stays part of the signed record.
      </p>
      <TextAreaField
        id="appraisee-comments"
        label={`${name}'s comments`}
        optional
        hint="Type what they say, or let them type it themselves."
        rows={6}
        value={draft.appraiseeComments}
        onChange={(appraiseeComments) => update((a) => ({ ...a, appraiseeComments }))}
      />
    </>
  );
}
