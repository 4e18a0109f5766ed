/**
 * Adding or editing a member of staff. The shared schema checks every field; a probable
 * duplicate is shown as a warning and nothing is saved until the manager chooses.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ProbableDuplicate } from '../../../shared/staff/duplicates';
import {
  emptyStaffForm,
  staffFormFromMember,
  staffFormSchema,
  type StaffFormInput,
  type StaffFormValues,
} from '../../../shared/staff/staffMember';
import { useDatabase } from '../../app/databaseContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { summaryItems } from '../../components/summaryItems';
import type { StaffRecord } from '../../db/records';
import { InvalidInputError, RefusedChangeError } from '../../db/repositoryErrors';
import { saveStaffMember } from '../../actions/saveStaffMember';
import { actionError } from '../../components/actionError';
import { DuplicateWarning } from './DuplicateWarning';
import { StaffFormFields } from './StaffFormFields';

const staffFieldOrder = [
  'fullName',
  'preferredName',
  'role',
  'team',
  'startDate',
  'leavingDate',
  'lineManagerId',
] as const satisfies readonly (keyof StaffFormInput)[];

interface StaffFormProps {
  /** The person being edited; undefined when adding someone new. */
  member: StaffRecord | undefined;
  /** Everyone on the register, for the role, team and line-manager choices. */
  staff: readonly StaffRecord[];
  submitLabel: string;
  onSaved: (member: StaffRecord) => void;
  onCancel: () => void;
}

export function StaffForm({ member, staff, submitLabel, onSaved, onCancel }: StaffFormProps) {
  const db = useDatabase();
  const [duplicates, setDuplicates] = useState<ProbableDuplicate[] | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const form = useForm<StaffFormInput, unknown, StaffFormValues>({
    resolver: zodResolver(staffFormSchema),
    defaultValues: member === undefined ? emptyStaffForm : staffFormFromMember(member),
  });
  const { handleSubmit, getValues, setError, setFocus, formState } = form;

  async function save(saveAnyway: boolean) {
    setSaveError(null);
    const input = getValues();
    try {
      const result = await saveStaffMember(db, member, input, saveAnyway);
      if (result.status === 'probable-duplicates') setDuplicates(result.duplicates);
      else onSaved(result.member);
    } catch (error) {
      setDuplicates(null);
      if (error instanceof InvalidInputError) {
        const fields = staffFieldOrder.filter((field) => error.fieldErrors[field] !== undefined);
        for (const field of fields) setError(field, { message: error.fieldErrors[field] });
        if (fields[0] !== undefined) setFocus(fields[0]);
        else setSaveError(error.message);
      } else if (error instanceof RefusedChangeError) {
        setSaveError(error.message);
      } else {
        setSaveError(
          actionError(error, 'Something went wrong and nothing was saved. Please try again.').message,
        );
      }
    }
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        void handleSubmit(() => save(false))(event);
      }}
    >
      <ErrorSummary items={summaryItems(staffFieldOrder, formState.errors)} />
      {saveError !== null && (
        <p role="alert" className="notice notice--error">
          {saveError}
        </p>
      )}
      <StaffFormFields
        form={form}
        member={member}
        staff={staff}
        // Changing the name answers the duplicate question differently, so ask again on save.
        onNameChange={() => setDuplicates(null)}
      />
      {duplicates !== null ? (
        <DuplicateWarning
          duplicates={duplicates}
          saving={formState.isSubmitting}
          onSaveAnyway={() => {
            void handleSubmit(() => save(true))();
          }}
          onChangeName={() => {
            setDuplicates(null);
            setFocus('fullName', { shouldSelect: true });
          }}
          onCancel={onCancel}
        />
      ) : (
        <FormActions submitLabel={submitLabel} busy={formState.isSubmitting} onCancel={onCancel} />
      )}
    </form>
  );
}
