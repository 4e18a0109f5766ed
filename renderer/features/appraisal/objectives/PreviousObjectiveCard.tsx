/**
 * One objective from the last signed appraisal: its text read-only, a status and a comment.
 * "Carried forward" is never a side effect of a status: it is its own button, which copies
 * the objective into New objectives and can be undone while the copy is untouched.
 */
import { useId, useState } from 'react';
import {
  objectiveStatusLabels,
  type ObjectiveStatus,
  type PreviousObjectiveReview,
} from '../../../../shared/appraisal/appraisal';
import { previousObjectiveAnchor } from '../../../../shared/appraisal/anchors';
import { formatDate } from '../../../../shared/dates';
import { TextAreaField } from '../fields/TextAreaField';
import { TodoNote } from '../editor/TodoNote';

type ReviewStatusChoice = Exclude<ObjectiveStatus, 'carried-forward'>;
const choices = ['met', 'partly-met', 'not-met', 'dropped'] as const satisfies readonly ReviewStatusChoice[];

interface PreviousObjectiveCardProps {
  review: PreviousObjectiveReview;
  position: number;
  /** The new objective it was carried forward as (its number and target date), else null. */
  carriedAs: { position: number; targetDate: string } | null;
  /** Returns a reason when the change was refused (e.g. the carried copy was already edited). */
  onStatus: (status: ReviewStatusChoice) => string | null;
  onComment: (comment: string) => void;
  onCarryForward: () => void;
  onUndoCarryForward: () => string | null;
  onShowCopy: () => void;
}

export function PreviousObjectiveCard(props: PreviousObjectiveCardProps) {
  const { review, position, carriedAs } = props;
  const { objective } = review;
  const titleId = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  const anchor = previousObjectiveAnchor(objective.id);

  return (
    <section id={anchor} tabIndex={-1} className="objective-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="objective-card__title">
        Previous objective {position}
      </h3>
      <dl className="objective-text">
        <dt>What</dt>
        <dd>{objective.what || '(no wording)'}</dd>
        <dt>How it was to be measured</dt>
        <dd>{objective.measure || '–'}</dd>
        <dt>Target date</dt>
        <dd>{objective.targetDate === '' ? '–' : formatDate(objective.targetDate)}</dd>
        {objective.support !== '' && (
          <>
            <dt>Support agreed</dt>
            <dd>{objective.support}</dd>
          </>
        )}
      </dl>
      <TodoNote messages={review.status === null ? ['Choose a status, or carry it forward.'] : []} />
      {review.status === 'carried-forward' ? (
        <div className="carried-note">
          <p>
            <strong>Status: carried forward.</strong>{' '}
            {carriedAs === null
              ? 'Its copy has been removed from New objectives.'
              : carriedAs.targetDate === ''
                ? `It is new objective ${carriedAs.position}; agree a new target date for it on the New objectives step.`
                : `It is new objective ${carriedAs.position}, with the new target date ${formatDate(carriedAs.targetDate)}.`}
          </p>
          <div className="inline-actions">
            {carriedAs !== null && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={props.onShowCopy}
              >
                Go to new objective {carriedAs.position}
              </button>
            )}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setRefusal(props.onUndoCarryForward())}
            >
              Undo carry forward
            </button>
          </div>
        </div>
      ) : (
        <>
          <fieldset className="status-picker">
            <legend className="status-picker__legend">Status</legend>
            <div className="status-picker__options">
              {choices.map((status) => (
                <label key={status} className="status-picker__option">
                  <input
                    type="radio"
                    name={`status-${objective.id}`}
                    value={status}
                    checked={review.status === status}
                    onChange={() => setRefusal(props.onStatus(status))}
                  />{' '}
                  {objectiveStatusLabels[status]}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="carry-forward">
            <p className="step-note">
              Still relevant for the coming year? Carry it forward instead of choosing a status.
            </p>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={props.onCarryForward}
            >
              Carry forward as a new objective
            </button>
          </div>
        </>
      )}
      {refusal !== null && (
        <p role="alert" className="notice notice--error">
          {refusal}
        </p>
      )}
      <TextAreaField
        id={`${anchor}-comment`}
        label="Comment"
        optional
        hint="How it went, and why."
        rows={2}
        value={review.comment}
        onChange={props.onComment}
      />
    </section>
  );
}
