/**
 * Both sections of a framework with every competency, read-only. Each section can be opened
 * or closed in one go, so a manager can skim the titles or read everything.
 */
import { useRef } from 'react';
import type { Framework, FrameworkSection } from '../../../shared/framework/frameworkSchema';
import { CompetencyView } from './CompetencyView';

export function FrameworkSections({ framework }: { framework: Framework }) {
  return (
    <>
      {framework.sections.map((section) => (
        <SectionView key={section.id} section={section} />
      ))}
    </>
  );
}

function SectionView({ section }: { section: FrameworkSection }) {
  const listRef = useRef<HTMLOListElement>(null);
  const headingId = `section-${section.id}`;
  // The <details> elements keep their own open state; these buttons just set it on all of them.
  const setAllOpen = (open: boolean) => {
    listRef.current?.querySelectorAll('details').forEach((details) => {
      details.open = open;
    });
  };
  return (
    <section className="fw-section" aria-labelledby={headingId}>
      <div className="fw-section__header">
        <div>
          <h2 id={headingId} className="fw-section__title">
            {section.title}{' '}
            <span className="fw-section__count">({section.competencies.length} competencies)</span>
          </h2>
          <p className="fw-section__summary">{section.summary}</p>
        </div>
        <div className="fw-section__tools">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setAllOpen(true)}
          >
            Open all<span className="visually-hidden"> {section.title}</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setAllOpen(false)}
          >
            Close all<span className="visually-hidden"> {section.title}</span>
          </button>
        </div>
      </div>
      <ol ref={listRef} className="fw-competencies">
        {section.competencies.map((competency, index) => (
          <CompetencyView key={competency.id} competency={competency} number={index + 1} />
        ))}
      </ol>
    </section>
  );
}
