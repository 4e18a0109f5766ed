/**
 * The figure inspectors ask for, large, and the four counts behind it. Every number is a link
 * to the list of people it counts.
 */
import { Link } from 'react-router';
import type { ComplianceStatus, ComplianceSummary } from '../../../shared/compliance/complianceRow';
import { complianceStatusLabels } from '../../../shared/compliance/complianceStatusNames';
import { dashboardListPath } from '../../app/paths';

const tiles: { status: ComplianceStatus; count: keyof ComplianceSummary['counts'] }[] = [
  { status: 'in-date', count: 'inDate' },
  { status: 'due-soon', count: 'dueSoon' },
  { status: 'overdue', count: 'overdue' },
  { status: 'never-appraised', count: 'neverAppraised' },
];

function people(n: number): string {
  return n === 1 ? '1 person' : `${n} people`;
}

export function ComplianceTiles({ summary }: { summary: ComplianceSummary }) {
  const { counts } = summary;
  const complete = counts.inDate + counts.dueSoon;
  return (
    <section className="compliance" aria-labelledby="compliance-heading">
      <h2 id="compliance-heading" className="visually-hidden">
        Appraisal compliance
      </h2>
      <Link to={dashboardListPath('complete')} className="completion" aria-describedby="completion-detail">
        <span className="completion__figure">{summary.completionPercent}%</span>
        <span className="completion__label">of active staff have an in-date signed appraisal</span>
      </Link>
      <p id="completion-detail" className="completion__detail">
        {complete} of {people(counts.active)} active on the register. Leavers are not counted.
      </p>
      <ul className="tiles">
        {tiles.map((tile) => (
          <li key={tile.status}>
            <Link to={dashboardListPath(tile.status)} className={`tile tile--${tile.status}`}>
              <span className="tile__count">{counts[tile.count]}</span>
              <span className="tile__label">{complianceStatusLabels[tile.status]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
