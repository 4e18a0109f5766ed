/**
 * How long leavers' records are kept: years after leaving before they may be destroyed
 * (six unless changed). Saved on its own; the home's details form keeps whatever is chosen.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { HomeSettings } from '../../../shared/settings/homeSettings';
import {
  maxRetentionYears,
  minRetentionYears,
  retentionYearsFormSchema,
  type RetentionYearsFormInput,
  type RetentionYearsFormValues,
} from '../../../shared/settings/retentionYears';
import { useDatabase } from '../../app/databaseContext';
import { FormField } from '../../components/FormField';
import { useNotify } from '../../components/noticeContext';
import { useAction } from '../../components/useAction';
import { InvalidInputError } from '../../db/repositoryErrors';
import { saveRetentionPeriod } from '../../actions/saveRetentionPeriod';
import './settings.css';

export function RetentionSetting({ settings }: { settings: HomeSettings }) {
  const db = useDatabase();
  const notify = useNotify();
  const { register, handleSubmit, setError, reset, formState } = useForm<
    RetentionYearsFormInput,
    unknown,
    RetentionYearsFormValues
  >({
    resolver: zodResolver(retentionYearsFormSchema),
    // A message stays until the next press of the button, as it always has.
    reValidateMode: 'onSubmit',
    defaultValues: { retentionYearsAfterLeaving: String(settings.retentionYearsAfterLeaving) },
  });
  // The field shows the refusal (kept until the next save succeeds), not the action's own error.
  const saving = useAction(
    (years: number) => saveRetentionPeriod(db, String(years)),
    'The retention period could not be saved. Please try again.',
  );

  async function save({ retentionYearsAfterLeaving }: RetentionYearsFormValues) {
    const outcome = await saving.run(retentionYearsAfterLeaving);
    if (outcome.ok) {
      const saved = outcome.value;
      reset({ retentionYearsAfterLeaving: String(saved.retentionYearsAfterLeaving) });
      notify(
        `Saved: leavers’ records are kept for ${saved.retentionYearsAfterLeaving} years after they leave`,
      );
      return;
    }
    const { caught } = outcome;
    const message =
      caught instanceof InvalidInputError
        ? (caught.fieldErrors.retentionYearsAfterLeaving ?? caught.message)
        : outcome.error.message;
    setError('retentionYearsAfterLeaving', { message }, { shouldFocus: true });
  }

  return (
    <section className="panel settings-section" aria-labelledby="settings-retention">
      <h2 id="settings-retention">Keeping leavers’ records</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          void handleSubmit(save)(event);
        }}
      >
        <FormField
          id="retentionYearsAfterLeaving"
          label="Years to keep records after someone leaves"
          hint={`After this many years a leaver’s records may be destroyed (from ${minRetentionYears} to ${maxRetentionYears}; most homes keep them for 6).`}
          error={formState.errors.retentionYearsAfterLeaving?.message}
        >
          {(a11y) => (
            <input
              {...a11y}
              {...register('retentionYearsAfterLeaving')}
              className="input input--short"
              inputMode="numeric"
              autoComplete="off"
            />
          )}
        </FormField>
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={saving.busy}>
            Save retention period
          </button>
        </div>
      </form>
    </section>
  );
}
