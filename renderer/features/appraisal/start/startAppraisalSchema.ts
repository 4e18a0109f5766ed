/**
 * What starting an appraisal needs: the person (chosen from the active staff), and who is
 * appraising them: chosen from the register (name and role filled in from it) or typed, trimmed.
 * The appraisee cannot appraise themselves. Who may be appraised is the repository's to check.
 */
import { z } from 'zod';
import { nameKey } from '../../../../shared/staff/names';
import type { StaffMember } from '../../../../shared/staff/staffMember';
import { notOnRegister } from './appraiserChoice';

/** The schema for the people on the form, so it can tell when someone is named as their own appraiser. */
export function startAppraisalSchema(people: readonly Pick<StaffMember, 'id' | 'fullName'>[]) {
  return z
    .object({
      staffId: z.string().min(1, 'Choose the member of staff to appraise.'),
      appraiser: z.string().min(1, 'Choose who is carrying out the appraisal.'),
      appraiserName: z.string().trim(),
      appraiserRole: z.string().trim(),
    })
    .superRefine((values, context) => {
      // Until someone is chosen, "choose" is the one thing to say about the appraiser.
      if (values.appraiser === '') return;
      if (values.appraiserName === '') {
        context.addIssue({ code: 'custom', path: ['appraiserName'], message: "Enter the appraiser's name." });
      }
      if (values.appraiserRole === '') {
        context.addIssue({ code: 'custom', path: ['appraiserRole'], message: "Enter the appraiser's role." });
      }
      const appraisee = people.find((person) => person.id === values.staffId);
      if (appraisee === undefined) return;
      const ownName = `${appraisee.fullName} cannot appraise themselves. Choose who is carrying out the appraisal.`;
      if (values.appraiser === appraisee.id) {
        context.addIssue({ code: 'custom', path: ['appraiser'], message: ownName });
      } else if (
        values.appraiser === notOnRegister &&
        nameKey(values.appraiserName) === nameKey(appraisee.fullName)
      ) {
        context.addIssue({ code: 'custom', path: ['appraiserName'], message: ownName });
      }
    });
}

export type StartAppraisalFormInput = z.input<ReturnType<typeof startAppraisalSchema>>;
export type StartAppraisalFormValues = z.output<ReturnType<typeof startAppraisalSchema>>;
