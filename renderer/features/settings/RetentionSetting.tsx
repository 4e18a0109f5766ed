/**
 * How long leavers' records are kept: years after leaving before they may be destroyed
 * (six unless changed). Saved on its own; the home's details form keeps whatever is chosen.
 */
import { useRef, useState } from 'react';
import type { HomeSettings } from '../../../shared/settings/homeSettings';
import { useDatabase } from '../../app/databaseContext';
import { FormField } from '../../components/FormField';
import { useNotify } from '../../components/noticeContext';
import { useAction } from '../../components/useAction';
import { InvalidInputError } from '../../db/repositoryErrors';
import { saveRetentionPeriod } from '../../actions/saveRetentionPeriod';
import { maxRetentionYears, minRetentionYears } from '../../db/retentionSettings';
import './settings.css';

export function RetentionSetting({ settings }: { settings: HomeSettings }) {
  const db = useDatabase();
  const notify = useNotify();
  const inputRef = useRef<HTMLInputElement>(null);
  const [years, setYears] = useState(String(settings.retentionYearsAfterLeaving));
  const [error, setError] = useState<string | undefined>(undefined);
  // The field shows the refusal (kept until the next save succeeds), not the action's own error.
  const saving = useAction(
    (typed: string) => saveRetentionPeriod(db, typed),
    'The retention period could not be saved. Please try again.',
  );

  async function save() {
    const outcome = await saving.run(years);
    if (outcome.ok) {
      const saved = outcome.value;
      setError(undefined);
      setYears(String(saved.retentionYearsAfterLeaving));
      notify(
        `Saved: leavers’ records are kept for ${saved.retentionYearsAfterLeaving} years after they leave`,
      );
      return;
    }
    const { caught } = outcome;
    setError(
      caught instanceof InvalidInputError
        ? (caught.fieldErrors.retentionYearsAfterLeaving ?? caught.message)
        : outcome.error.message,
    );
    inputRef.current?.focus();
  }

  return (
    <section className="panel settings-section" aria-labelledby="settings-retention">
      <h2 id="settings-retention">Keeping leavers’ records</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <FormField
          id="retentionYearsAfterLeaving"
          label="Years to keep records after someone leaves"
          hint={`After this many years a leaver’s records may be destroyed (from ${minRetentionYears} to ${maxRetentionYears}; most homes keep them for 6).`}
          error={error}
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={inputRef}
              className="input input--short"
              inputMode="numeric"
              autoComplete="off"
              value={years}
              onChange={(event) => setYears(event.target.value)}
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
