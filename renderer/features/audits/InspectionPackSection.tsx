/**
 * "Inspection pack": the manager picks a date range (the last 12 months by default) and main
 * builds one ZIP an inspector can check without the app. Progress, cancel and the outcome are
 * the shared export job's.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { isIsoDate } from '../../../shared/dates';
import { FormField } from '../../components/FormField';
import { todayIso } from '../../components/today';
import { useDatabase } from '../../app/databaseContext';
import { makeInspectionPack } from '../../actions/exports';
import { ExportJobStatus } from '../../components/exports/ExportJobStatus';
import { useExportJob } from '../../components/exports/useExportJob';
import { packRangeSchema, type PackRangeValues } from './packRangeSchema';

/** The same day a year earlier (29 February becomes 28 February). */
function yearBefore(iso: string): string {
  const year = String(Number(iso.slice(0, 4)) - 1).padStart(4, '0');
  const sameDay = `${year}${iso.slice(4)}`;
  return isIsoDate(sameDay) ? sameDay : `${year}-02-28`;
}

export function InspectionPackSection() {
  const db = useDatabase();
  const { register, handleSubmit, formState } = useForm<PackRangeValues>({
    resolver: zodResolver(packRangeSchema),
    // The message stays until the next press of the button, as it always has.
    reValidateMode: 'onSubmit',
    defaultValues: { from: yearBefore(todayIso()), to: todayIso() },
  });
  const rangeError = formState.errors.root?.range?.message;
  const job = useExportJob('Something went wrong while making the pack.');

  function makePack({ from, to }: PackRangeValues) {
    void job.run(async (jobId) => {
      return makeInspectionPack(db, jobId, from, to);
    });
  }

  return (
    <section className="panel" aria-labelledby="audits-pack">
      <h2 id="audits-pack">Inspection pack</h2>
      <p>
        For CQC inspectors and your provider’s quality auditors. One ZIP file holds every signed appraisal
        whose meeting was within the dates below (as PDFs), a compliance summary for today showing who is in
        date, an index you can open in a spreadsheet, the full records, the audit log, and a list of
        fingerprints so anyone can check that nothing in the pack was changed, without this app.
      </p>
      <fieldset
        className="date-range"
        aria-describedby={rangeError === undefined ? undefined : 'pack-range-error'}
      >
        <legend>Which signed appraisals</legend>
        <div className="date-range__fields">
          <FormField id="packFrom" label="Meetings from">
            {(a11y) => (
              <input
                {...a11y}
                type="date"
                className="input input--date"
                {...register('from')}
                disabled={job.running}
              />
            )}
          </FormField>
          <FormField id="packTo" label="Meetings up to">
            {(a11y) => (
              <input
                {...a11y}
                type="date"
                className="input input--date"
                {...register('to')}
                disabled={job.running}
              />
            )}
          </FormField>
        </div>
      </fieldset>
      {rangeError !== undefined && (
        <p id="pack-range-error" role="alert" className="notice notice--error">
          {rangeError}
        </p>
      )}
      <p>
        <button
          type="button"
          className="button"
          onClick={() => void handleSubmit(makePack)()}
          disabled={job.running}
        >
          Make the inspection pack
        </button>
      </p>
      <ExportJobStatus state={job.state} onCancel={() => void job.cancel()} />
    </section>
  );
}
