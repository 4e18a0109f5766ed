/**
 * Starting an appraisal: who, and who is appraising (the registered manager unless changed).
 * One draft per person: if the chosen person already has one, the form says so and offers it.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { useDatabase } from '../../../app/databaseContext';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { startAppraisal } from '../../../actions/startAppraisal';
import type { StaffRecord } from '../../../db/records';
import { RefusedChangeError } from '../../../db/repositoryErrors';
import { appraisalStepPath } from '../../../app/paths';
import { ExistingDraftPanel } from './ExistingDraftPanel';
import { StaffChooser } from './StaffChooser';

interface StartAppraisalFormProps {
  people: readonly StaffRecord[];
  drafts: readonly Appraisal[];
  initialStaffId: string;
  defaultAppraiserName: string;
}

type Field = 'staffChoice' | 'appraiserName' | 'appraiserRole';

export function StartAppraisalForm({
  people,
  drafts,
  initialStaffId,
  defaultAppraiserName,
}: StartAppraisalFormProps) {
  const db = useDatabase();
  const navigate = useNavigate();
  const [staffId, setStaffId] = useState(initialStaffId);
  const [appraiserName, setAppraiserName] = useState(defaultAppraiserName);
  const [appraiserRole, setAppraiserRole] = useState('Registered manager');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The draft just created is not "already in progress" while the editor opens.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const existing = drafts.find((d) => d.staffId === staffId && d.id !== createdId);
  const errorFor = (field: Field) => errors.find((e) => e.fieldId === field)?.message;

  async function start() {
    const problems: ErrorSummaryItem[] = [];
    if (staffId === '')
      problems.push({ fieldId: 'staffChoice', message: 'Choose the member of staff to appraise.' });
    if (appraiserName.trim() === '')
      problems.push({ fieldId: 'appraiserName', message: "Enter the appraiser's name." });
    if (appraiserRole.trim() === '')
      problems.push({ fieldId: 'appraiserRole', message: "Enter the appraiser's role." });
    setErrors(problems);
    setRefusal(null);
    if (problems[0] !== undefined) {
      document.getElementById(problems[0].fieldId)?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await startAppraisal(db, {
        staffId,
        appraiserName: appraiserName.trim(),
        appraiserRole: appraiserRole.trim(),
      });
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
        event.preventDefault();
        void start();
      }}
    >
      <ErrorSummary items={errors} />
      {refusal !== null && (
        <p role="alert" className="notice notice--error">
          {refusal}
        </p>
      )}
      <StaffChooser people={people} value={staffId} error={errorFor('staffChoice')} onChange={setStaffId} />
      {/* Always present, so a screen reader hears the panel when choosing someone brings it up. */}
      <div aria-live="polite">{existing !== undefined && <ExistingDraftPanel draft={existing} />}</div>
      {existing === undefined && (
        <>
          <FormField
            id="appraiserName"
            label="Appraiser's name"
            hint="Who is carrying out the appraisal."
            error={errorFor('appraiserName')}
          >
            {(a11y) => (
              <input
                {...a11y}
                className="input input--medium"
                autoComplete="off"
                maxLength={120}
                value={appraiserName}
                onChange={(e) => setAppraiserName(e.target.value)}
              />
            )}
          </FormField>
          <FormField id="appraiserRole" label="Appraiser's role" error={errorFor('appraiserRole')}>
            {(a11y) => (
              <input
                {...a11y}
                className="input input--medium"
                autoComplete="off"
                maxLength={80}
                value={appraiserRole}
                onChange={(e) => setAppraiserRole(e.target.value)}
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
