/**
 * What starting an appraisal needs: the person (chosen from the active staff), and the
 * appraiser's name and role, trimmed. Who may be appraised is the repository's to check.
 */
import { z } from 'zod';

const filledIn = (message: string) => z.string().trim().min(1, message);

export const startAppraisalSchema = z.object({
  staffId: z.string().min(1, 'Choose the member of staff to appraise.'),
  appraiserName: filledIn("Enter the appraiser's name."),
  appraiserRole: filledIn("Enter the appraiser's role."),
});

export type StartAppraisalFormInput = z.input<typeof startAppraisalSchema>;
export type StartAppraisalFormValues = z.output<typeof startAppraisalSchema>;
