/**
 * Starting an appraisal: who, and who is appraising (the registered manager unless changed).
 * One draft per person: if the chosen person already has one, the form says so and offers it.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { useDatabase } from '../../../app/databaseContext';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { summaryItems } from '../../../components/summaryItems';
import { startAppraisal } from '../../../actions/startAppraisal';
import type { StaffRecord } from '../../../db/records';
import { RefusedChangeError } from '../../../db/repositoryErrors';
import { appraisalStepPath } from '../../../app/paths';
import { ExistingDraftPanel } from './ExistingDraftPanel';
import { StaffChooser } from './StaffChooser';
import {
  startAppraisalSchema,
  type StartAppraisalFormInput,
  type StartAppraisalFormValues,
} from './startAppraisalSchema';

interface StartAppraisalFormProps {
  people: readonly StaffRecord[];
  drafts: readonly Appraisal[];
  initialStaffId: string;
  defaultAppraiserName: string;
}

const fieldOrder = ['staffId', 'appraiserName', 'appraiserRole'] as const;
/** The person is chosen in the list box, whose id is staffChoice. */
const fieldId = (field: (typeof fieldOrder)[number]) => (field === 'staffId' ? 'staffChoice' : field);

export function StartAppraisalForm({
  people,
  drafts,
  initialStaffId,
  defaultAppraiserName,
}: StartAppraisalFormProps) {
  const db = useDatabase();
  const navigate = useNavigate();
  const { register, control, handleSubmit, formState } = useForm<
    StartAppraisalFormInput,
    unknown,
    StartAppraisalFormValues
  >({
    resolver: zodResolver(startAppraisalSchema),
    // A message stays until the next press of the button, as it always has.
    reValidateMode: 'onSubmit',
    defaultValues: {
      staffId: initialStaffId,
      appraiserName: defaultAppraiserName,
      appraiserRole: 'Registered manager',
    },
  });
  const { field: staffChoice } = useController({ control, name: 'staffId' });
  const { errors } = formState;
  const [refusal, setRefusal] = useState<string | null>(null);
  // Busy from a checked form until it is refused or finds a draft; a new one stays busy while it opens.
  const [busy, setBusy] = useState(false);
  // The draft just created is not "already in progress" while the editor opens.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const existing = drafts.find((d) => d.staffId === staffChoice.value && d.id !== createdId);

  async function start(values: StartAppraisalFormValues) {
    setBusy(true);
    try {
      const result = await startAppraisal(db, values);
      // An existing draft is shown by the panel (it is in `drafts`); a new one opens at step 1.
      if (result.outcome === 'created') {
        setCreatedId(result.appraisal.id);
        void navigate(appraisalStepPath(result.appraisal.id, 'header'));
      } else {
        setBusy(false);
      }
    } catch (caught) {
      setBusy(false);
      setRefusal(
        caught instanceof RefusedChangeError
          ? caught.message
          : 'Something went wrong and no appraisal was started. Please try again.',
      );
    }
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        setRefusal(null);
        void handleSubmit(start)(event);
      }}
    >
      <ErrorSummary items={summaryItems(fieldOrder, errors, fieldId)} />
      {refusal !== null && (
        <p role="alert" className="notice notice--error">
          {refusal}
        </p>
      )}
      <StaffChooser
        people={people}
        value={staffChoice.value}
        error={errors.staffId?.message}
        listRef={staffChoice.ref}
        onChange={staffChoice.onChange}
      />
      {/* Always present, so a screen reader hears the panel when choosing someone brings it up. */}
      <div aria-live="polite">{existing !== undefined && <ExistingDraftPanel draft={existing} />}</div>
      {existing === undefined && (
        <>
          <FormField
            id="appraiserName"
            label="Appraiser's name"
            hint="Who is carrying out the appraisal."
            error={errors.appraiserName?.message}
          >
            {(a11y) => (
              <input
                {...a11y}
                className="input input--medium"
                autoComplete="off"
                maxLength={120}
                {...register('appraiserName')}
              />
            )}
          </FormField>
          <FormField id="appraiserRole" label="Appraiser's role" error={errors.appraiserRole?.message}>
            {(a11y) => (
              <input
                {...a11y}
                className="input input--medium"
                autoComplete="off"
                maxLength={80}
                {...register('appraiserRole')}
              />
            )}
          </FormField>
          <div className="form__actions">
            <button type="submit" className="button" disabled={busy}>
              Start the appraisal
            </button>
          </div>
        </>
      )}
    </form>
  );
}
