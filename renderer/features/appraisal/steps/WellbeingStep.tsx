/** Wellbeing and support: how the member of staff is, and what was agreed to help. */
import { stepAnchors } from '../../../../shared/appraisal/anchors';
import { TextAreaField } from '../fields/TextAreaField';
import type { StepProps } from '../editor/stepProps';

export function WellbeingStep({ draft, update }: StepProps) {
  const setWellbeing = (field: 'discussion' | 'supportAgreed') => (value: string) =>
    update((a) => ({ ...a, wellbeing: { ...a.wellbeing, [field]: value } }));
  return (
    <>
      <p className="step-intro">
        A chance to ask how they are: workload, health, life outside work as far as they want to share, and
        what would help. Record only what they are happy to have written down.
      </p>
      <TextAreaField
        id={stepAnchors.wellbeingDiscussion}
        label="What you discussed"
        rows={4}
        value={draft.wellbeing.discussion}
        onChange={setWellbeing('discussion')}
      />
      <TextAreaField
        id="wellbeing-support"
        label="Support agreed"
        optional
        hint="For example changes to shifts, a referral, regular check-ins."
        rows={3}
        value={draft.wellbeing.supportAgreed}
        onChange={setWellbeing('supportAgreed')}
      />
    </>
  );
}
