/**
 * About this appraisal: the framework it uses, who, who appraises, the period it covers and the
 * meeting date.
 */
import type { AppraisalHeader } from '../../../../shared/appraisal/appraisal';
import { headerAnchor } from '../../../../shared/appraisal/anchors';
import { defaultNextDueDate } from '../../../../shared/appraisal/nextDue';
import { formatDateLong } from '../../../../shared/dates';
import { frameworkLabel } from '../../../components/frameworkLabel';
import { DateField } from '../fields/DateField';
import { TextField } from '../fields/TextField';
import type { StepProps } from '../editor/stepProps';
import { HeaderAppraiser } from './HeaderAppraiser';

export function HeaderStep({ draft, update, framework, context }: StepProps) {
  const { header } = draft;
  const setField = (field: keyof AppraisalHeader) => (value: string) =>
    update((a) => ({ ...a, header: { ...a.header, [field]: value } }));

  const setMeetingDate = (meetingDate: string) =>
    update((a) => {
      // The next due date follows the meeting date until the manager sets it themselves.
      const followsMeeting =
        a.nextDueDate === '' ||
        a.nextDueDate === defaultNextDueDate(a.header.meetingDate, context.intervalMonths);
      return {
        ...a,
        header: { ...a.header, meetingDate },
        nextDueDate: followsMeeting ? defaultNextDueDate(meetingDate, context.intervalMonths) : a.nextDueDate,
      };
    });

  return (
    <>
      <p className="step-intro">
        This appraisal uses the framework <strong>{frameworkLabel(framework)}</strong>. It stays on this
        version even if the framework is changed later.
      </p>
      <fieldset className="step-group">
        <legend className="step-group__legend">The member of staff</legend>
        <p className="step-group__fact">
          <span className="step-group__fact-label">Name</span>
          <span id={headerAnchor('staffName')} className="person-name" tabIndex={-1}>
            {header.staffName}
          </span>
        </p>
        <TextField
          id={headerAnchor('roleAtTime')}
          label="Role at the time of this appraisal"
          hint="Filled in from the staff register. Change it here if their role was different during this period."
          value={header.roleAtTime}
          maxLength={80}
          onChange={setField('roleAtTime')}
        />
        <TextField
          id={headerAnchor('teamAtTime')}
          label="Team or unit at the time"
          optional
          value={header.teamAtTime}
          maxLength={80}
          onChange={setField('teamAtTime')}
        />
      </fieldset>

      <fieldset className="step-group">
        <legend className="step-group__legend">The appraiser</legend>
        <HeaderAppraiser
          header={header}
          appraiseeId={draft.staffId}
          today={context.today}
          onChange={(appraiser) => update((a) => ({ ...a, header: { ...a.header, ...appraiser } }))}
        />
      </fieldset>

      <fieldset className="step-group">
        <legend className="step-group__legend">Dates</legend>
        <div className="date-pair">
          <DateField
            id={headerAnchor('periodStart')}
            label="Review period from"
            hint="Usually the date of their last appraisal, or when they started."
            value={header.periodStart}
            onChange={setField('periodStart')}
          />
          <DateField
            id={headerAnchor('periodEnd')}
            label="Review period to"
            hint="Usually the date of this meeting."
            value={header.periodEnd}
            onChange={setField('periodEnd')}
          />
        </div>
        <DateField
          id={headerAnchor('meetingDate')}
          label="Date of the appraisal meeting"
          value={header.meetingDate}
          onChange={setMeetingDate}
        />
        <p className="step-note">
          {draft.nextDueDate === '' ? (
            <>The next appraisal&rsquo;s due date is worked out from the meeting date once it is entered.</>
          ) : (
            <>
              Next appraisal due: <strong>{formatDateLong(draft.nextDueDate)}</strong>
              {draft.nextDueDate === defaultNextDueDate(header.meetingDate, context.intervalMonths)
                ? `, ${context.intervalMonths} months after the meeting (your home's setting)`
                : ' (the date you chose)'}
              . You can change it on the last step, Ready to sign.
            </>
          )}
        </p>
      </fieldset>
    </>
  );
}
