/** The competencies most often in the development plans of each person's latest signed appraisal. */
import type { DevelopmentNeed } from '../../db/teamProfileQueries';

const shownNeeds = 8;

export function DevelopmentNeedsPanel({ needs }: { needs: readonly DevelopmentNeed[] }) {
  return (
    <section className="dashboard-panel" aria-labelledby="needs-heading">
      <h2 id="needs-heading">Most common development needs</h2>
      {needs.length === 0 ? (
        <p className="muted">
          No signed development plan names a competency yet. Plans made from the suggestions on the
          development step are counted here.
        </p>
      ) : (
        <>
          <p className="muted">In the development plans of each person&rsquo;s latest signed appraisal.</p>
          <ol className="needs-list">
            {needs.slice(0, shownNeeds).map((need) => (
              <li key={need.competencyId} className="needs-list__item">
                <span>
                  <span className="needs-list__title">{need.title}</span>
                  <span className="muted"> {need.sectionTitle}</span>
                </span>
                <span className="needs-list__count">
                  {need.people === 1 ? '1 person' : `${need.people} people`}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
