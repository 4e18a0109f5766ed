/** Drafts in progress: how many, and the most recently worked on, each with Resume. */
import { Link } from 'react-router';
import { formatMomentDate } from '../../../shared/dates';
import { paths, resumeAppraisalPath, signAppraisalPath } from '../../app/paths';
import { summaryWaitsForSeal, type AppraisalSummary } from '../../db/appraisalSummary';

const shownDrafts = 6;

export function DraftsPanel({ drafts }: { drafts: readonly AppraisalSummary[] }) {
  return (
    <section className="dashboard-panel" aria-labelledby="drafts-heading">
      <div className="dashboard-panel__header">
        <h2 id="drafts-heading">
          Drafts in progress <span className="dashboard-panel__count">({drafts.length})</span>
        </h2>
        {drafts.length > shownDrafts && <Link to={paths.appraisals}>See all {drafts.length} drafts</Link>}
      </div>
      {drafts.length === 0 ? (
        <p className="muted">No appraisals are in progress.</p>
      ) : (
        <ul className="draft-list">
          {drafts.slice(0, shownDrafts).map((draft) => {
            // The appraisee signs first; from then on the draft waits at the signing screen.
            const waiting = draft.signed.appraisee;
            const waitsForSeal = summaryWaitsForSeal(draft);
            return (
              <li key={draft.id} className="draft-list__item">
                <span>
                  <span className="person-name">{draft.header.staffName}</span>
                  <span className="muted">
                    {waitsForSeal
                      ? 'Signed by both; not sealed yet'
                      : waiting
                        ? 'Waiting for the countersignature'
                        : `Last worked on ${formatMomentDate(draft.updatedAt)}`}
                  </span>
                </span>
                <Link
                  to={waiting ? signAppraisalPath(draft.id) : resumeAppraisalPath(draft.id)}
                  className="button button--small"
                >
                  {waitsForSeal ? 'Open' : waiting ? 'Sign' : 'Resume'}
                  <span className="visually-hidden"> the appraisal of {draft.header.staffName}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
