/**
 * The start form's appraiser: the chooser, then the role (from the register, editable for this
 * appraisal) or, for someone not on the register, their name and role typed in.
 */
import type { Ref } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '../../../components/FormField';
import type { StaffRecord } from '../../../db/records';
import { AppraiserChooser } from './AppraiserChooser';
import { notOnRegister } from './appraiserChoice';
import { RegisterMatchNote } from './RegisterMatchNote';

interface AppraiserFieldsProps {
  people: readonly StaffRecord[];
  choice: string;
  listRef: Ref<HTMLSelectElement>;
  errors: {
    appraiser: string | undefined;
    appraiserName: string | undefined;
    appraiserRole: string | undefined;
  };
  nameInput: UseFormRegisterReturn<'appraiserName'>;
  roleInput: UseFormRegisterReturn<'appraiserRole'>;
  /** The register person the typed name matches, if any. */
  onRegister: StaffRecord | undefined;
  onChoose: (choice: string) => void;
}

export function AppraiserFields({
  people,
  choice,
  listRef,
  errors,
  nameInput,
  roleInput,
  onRegister,
  onChoose,
}: AppraiserFieldsProps) {
  const typed = choice === notOnRegister;
  return (
    <fieldset className="step-group">
      <legend className="step-group__legend">The appraiser</legend>
      <AppraiserChooser
        id="appraiserChoice"
        people={people}
        value={choice}
        error={errors.appraiser}
        listRef={listRef}
        onChoose={onChoose}
      />
      {typed && (
        <>
          <FormField
            id="appraiserName"
            label="Appraiser's name"
            hint="Who is carrying out the appraisal, as it should appear on the record."
            error={errors.appraiserName}
          >
            {(a11y) => (
              <input
                {...a11y}
                className="input input--medium"
                autoComplete="off"
                maxLength={120}
                {...nameInput}
              />
            )}
          </FormField>
          <RegisterMatchNote person={onRegister} onChoose={(person) => onChoose(person.id)} />
        </>
      )}
      {choice !== '' && (
        <FormField
          id="appraiserRole"
          label="Appraiser's role"
          hint={
            typed ? undefined : 'From the staff register. Change it if it is different for this appraisal.'
          }
          error={errors.appraiserRole}
        >
          {(a11y) => (
            <input
              {...a11y}
              className="input input--medium"
              autoComplete="off"
              maxLength={80}
              {...roleInput}
            />
          )}
        </FormField>
      )}
    </fieldset>
  );
}
