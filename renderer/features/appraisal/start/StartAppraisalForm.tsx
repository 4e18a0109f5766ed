/**
 * Starting an appraisal: who, and who is appraising (chosen from the register, or typed for
 * someone not on it; see appraiserChoice.ts for the default). One draft per person: if the
 * chosen person already has one, the form says so and offers it.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useController, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { useDatabase } from '../../../app/databaseContext';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { summaryItems } from '../../../components/summaryItems';
import { startAppraisal } from '../../../actions/startAppraisal';
import type { StaffRecord } from '../../../db/records';
import { RefusedChangeError } from '../../../db/repositoryErrors';
import { appraisalStepPath } from '../../../app/paths';
import { AppraiserFields } from './AppraiserFields';
import {
  appraiserCandidates,
  chosenFromRegister,
  defaultAppraiser,
  notOnRegister,
  registerPersonNamed,
  type AppraiserValues,
} from './appraiserChoice';
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
  /** Settings' registered manager ('' when not set). */
  registeredManager: string;
  /** The appraiser named on the most recent appraisal, or null before the first. */
  lastAppraiser: { name: string; role: string } | null;
}

const fieldOrder = ['staffId', 'appraiser', 'appraiserName', 'appraiserRole'] as const;
/** The person and the appraiser are chosen in list boxes, whose ids are staffChoice and appraiserChoice. */
const listIds: Partial<Record<(typeof fieldOrder)[number], string>> = {
  staffId: 'staffChoice',
  appraiser: 'appraiserChoice',
};
const fieldId = (field: (typeof fieldOrder)[number]) => listIds[field] ?? field;

export function StartAppraisalForm({
  people,
  drafts,
  initialStaffId,
  registeredManager,
  lastAppraiser,
}: StartAppraisalFormProps) {
  const db = useDatabase();
  const navigate = useNavigate();
  const schema = useMemo(() => startAppraisalSchema(people), [people]);
  const defaultFor = (staffId: string): AppraiserValues =>
    defaultAppraiser({
      candidates: appraiserCandidates(people, staffId),
      registeredManager,
      lastUsed: lastAppraiser,
      appraiseeName: people.find((p) => p.id === staffId)?.fullName ?? '',
    });
  const { register, control, handleSubmit, formState, getValues, setValue } = useForm<
    StartAppraisalFormInput,
    unknown,
    StartAppraisalFormValues
  >({
    resolver: zodResolver(schema),
    // A message stays until the next press of the button, as it always has.
    reValidateMode: 'onSubmit',
    defaultValues: (() => {
      const appraiser = defaultFor(initialStaffId);
      return {
        staffId: initialStaffId,
        appraiser: appraiser.choice,
        appraiserName: appraiser.name,
        appraiserRole: appraiser.role,
      };
    })(),
  });
  const { field: staffChoice } = useController({ control, name: 'staffId' });
  const { field: appraiserChoice } = useController({ control, name: 'appraiser' });
  const typedName = useWatch({ control, name: 'appraiserName' });
  const { errors } = formState;
  const candidates = appraiserCandidates(people, staffChoice.value);

  const setAppraiser = (values: AppraiserValues) => {
    appraiserChoice.onChange(values.choice);
    setValue('appraiserName', values.name);
    setValue('appraiserRole', values.role);
  };
  const chooseAppraisee = (staffId: string) => {
    staffChoice.onChange(staffId);
    // Nobody appraises themselves: choosing the appraiser as appraisee brings back the default.
    if (getValues('appraiser') === staffId) setAppraiser(defaultFor(staffId));
  };
  const chooseAppraiser = (choice: string) => {
    const person = candidates.find((p) => p.id === choice);
    if (person !== undefined) setAppraiser(chosenFromRegister(person));
    // From a register choice to a typed one: the register's name and role are not theirs.
    else if (getValues('appraiser') !== notOnRegister)
      setAppraiser({ choice: notOnRegister, name: '', role: '' });
  };
  const [refusal, setRefusal] = useState<string | null>(null);
  // Busy from a checked form until it is refused or finds a draft; a new one stays busy while it opens.
  const [busy, setBusy] = useState(false);
  // The draft just created is not "already in progress" while the editor opens.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const existing = drafts.find((d) => d.staffId === staffChoice.value && d.id !== createdId);

  async function start(values: StartAppraisalFormValues) {
    setBusy(true);
    try {
      const { staffId, appraiserName, appraiserRole } = values;
      const result = await startAppraisal(db, { staffId, appraiserName, appraiserRole });
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
        onChange={chooseAppraisee}
      />
      {/* Always present, so a screen reader hears the panel when choosing someone brings it up. */}
      <div aria-live="polite">{existing !== undefined && <ExistingDraftPanel draft={existing} />}</div>
      {existing === undefined && (
        <>
          <AppraiserFields
            people={candidates}
            choice={appraiserChoice.value}
            listRef={appraiserChoice.ref}
            errors={{
              appraiser: errors.appraiser?.message,
              appraiserName: errors.appraiserName?.message,
              appraiserRole: errors.appraiserRole?.message,
            }}
            nameInput={register('appraiserName')}
            roleInput={register('appraiserRole')}
            onRegister={
              appraiserChoice.value === notOnRegister ? registerPersonNamed(candidates, typedName) : undefined
            }
            onChoose={chooseAppraiser}
          />
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
