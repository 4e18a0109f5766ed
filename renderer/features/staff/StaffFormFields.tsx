/** The inputs of the staff form, each with its label, hint and inline error. */
import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { StaffFormInput, StaffFormValues } from '../../../shared/staff/staffMember';
import { FormField } from '../../components/FormField';
import { todayIso } from '../../components/today';
import type { StaffRecord } from '../../db/records';
import { lineManagerOptions, roleSuggestions, teamsInUse } from './staffChoices';

interface StaffFormFieldsProps {
  form: UseFormReturn<StaffFormInput, unknown, StaffFormValues>;
  member: StaffRecord | undefined;
  staff: readonly StaffRecord[];
  onNameChange: () => void;
}

export function StaffFormFields({ form, member, staff, onNameChange }: StaffFormFieldsProps) {
  const { register, formState } = form;
  const errors = formState.errors;
  const roleListId = useId();
  const teamListId = useId();
  const managers = lineManagerOptions(staff, member?.id, member?.lineManagerId ?? null, todayIso());
  const teams = teamsInUse(staff);

  return (
    <>
      <FormField
        id="fullName"
        label="Full name"
        hint="As on their contract. Type it exactly, with any accents."
        error={errors.fullName?.message}
      >
        {(a11y) => (
          <input
            {...a11y}
            {...register('fullName', { onChange: onNameChange })}
            className="input"
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </FormField>
      <FormField
        id="preferredName"
        label="Preferred name"
        optional
        hint="What colleagues call them, if different."
        error={errors.preferredName?.message}
      >
        {(a11y) => (
          <input
            {...a11y}
            {...register('preferredName')}
            className="input input--medium"
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </FormField>
      <FormField
        id="role"
        label="Role"
        hint="Choose from the list or type their role."
        error={errors.role?.message}
      >
        {(a11y) => (
          <>
            <input
              {...a11y}
              {...register('role')}
              className="input input--medium"
              list={roleListId}
              autoComplete="off"
            />
            <datalist id={roleListId}>
              {roleSuggestions(staff).map((role) => (
                <option key={role} value={role} />
              ))}
            </datalist>
          </>
        )}
      </FormField>
      <FormField
        id="team"
        label="Team or unit"
        optional
        hint="For example Rose Unit, Nights or Kitchen."
        error={errors.team?.message}
      >
        {(a11y) => (
          <>
            <input
              {...a11y}
              {...register('team')}
              className="input input--medium"
              list={teamListId}
              autoComplete="off"
            />
            <datalist id={teamListId}>
              {teams.map((team) => (
                <option key={team} value={team} />
              ))}
            </datalist>
          </>
        )}
      </FormField>
      <FormField id="startDate" label="Start date" error={errors.startDate?.message}>
        {(a11y) => <input {...a11y} {...register('startDate')} type="date" className="input input--date" />}
      </FormField>
      <FormField
        id="leavingDate"
        label="Leaving date"
        optional
        hint="Only if they have left or handed in their notice."
        error={errors.leavingDate?.message}
      >
        {(a11y) => <input {...a11y} {...register('leavingDate')} type="date" className="input input--date" />}
      </FormField>
      <FormField id="lineManagerId" label="Line manager" optional error={errors.lineManagerId?.message}>
        {(a11y) => (
          <select {...a11y} {...register('lineManagerId')} className="input input--medium">
            <option value="">No line manager</option>
            {managers.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </>
  );
}
