/**
 * The care home's details, used both for first-run setup and on the settings screen.
 * Validation is the shared schema's; the repository checks again before writing.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  homeSettingsFormSchema,
  type HomeSettings,
  type HomeSettingsFormInput,
  type HomeSettingsFormValues,
  type Logo,
} from '../../../shared/settings/homeSettings';
import { useDatabase } from '../../app/databaseContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { InvalidInputError } from '../../db/repositoryErrors';
import { saveSettings, settingsFormFrom } from '../../db/homeSettingsForm';
import { LogoField } from './LogoField';
import { summaryItems } from '../../components/summaryItems';

const fieldOrder = [
  'homeName',
  'address',
  'registeredManager',
  'cqcLocationId',
  'appraisalIntervalMonths',
] as const satisfies readonly (keyof HomeSettingsFormInput)[];

interface SettingsFormProps {
  settings: HomeSettings | undefined;
  submitLabel: string;
  onSaved: (settings: HomeSettings) => void;
}

export function SettingsForm({ settings, submitLabel, onSaved }: SettingsFormProps) {
  const db = useDatabase();
  const [logo, setLogo] = useState<Logo | null>(settings?.logo ?? null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<HomeSettingsFormInput, unknown, HomeSettingsFormValues>({
    resolver: zodResolver(homeSettingsFormSchema),
    defaultValues: settingsFormFrom(settings),
  });

  async function save() {
    setSaveError(null);
    try {
      onSaved(await saveSettings(db, getValues(), logo));
    } catch (error) {
      if (!(error instanceof InvalidInputError)) {
        setSaveError('The settings could not be saved. Nothing was changed; please try again.');
        return;
      }
      const fields = fieldOrder.filter((field) => error.fieldErrors[field] !== undefined);
      for (const field of fields) setError(field, { message: error.fieldErrors[field] });
      if (fields[0] !== undefined) setFocus(fields[0]);
      else setSaveError(error.message);
    }
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        void handleSubmit(save)(event);
      }}
    >
      <ErrorSummary items={summaryItems(fieldOrder, errors)} />
      {saveError !== null && (
        <p role="alert" className="notice notice--error">
          {saveError}
        </p>
      )}
      <FormField id="homeName" label="Care home name" error={errors.homeName?.message}>
        {(a11y) => (
          <input {...a11y} {...register('homeName')} className="input" autoComplete="organization" />
        )}
      </FormField>
      <FormField
        id="address"
        label="Address"
        optional
        hint="As you would write it on a letter."
        error={errors.address?.message}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            {...register('address')}
            className="input"
            rows={4}
            autoComplete="street-address"
          />
        )}
      </FormField>
      <FormField
        id="registeredManager"
        label="Registered manager"
        hint="The name printed as the registered manager on appraisals."
        error={errors.registeredManager?.message}
      >
        {(a11y) => (
          <input {...a11y} {...register('registeredManager')} className="input" autoComplete="name" />
        )}
      </FormField>
      <FormField
        id="cqcLocationId"
        label="CQC location ID"
        optional
        hint="On your CQC registration certificate, for example 1-123456789."
        error={errors.cqcLocationId?.message}
      >
        {(a11y) => (
          <input
            {...a11y}
            {...register('cqcLocationId')}
            className="input input--medium"
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </FormField>
      <FormField
        id="appraisalIntervalMonths"
        label="Months between appraisals"
        hint="How often each member of staff is appraised. Most homes appraise every 12 months."
        error={errors.appraisalIntervalMonths?.message}
      >
        {(a11y) => (
          <input
            {...a11y}
            {...register('appraisalIntervalMonths')}
            className="input input--short"
            inputMode="numeric"
            autoComplete="off"
          />
        )}
      </FormField>
      <LogoField value={logo} onChange={setLogo} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
