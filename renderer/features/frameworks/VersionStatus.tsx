/** A version's status as tags: draft, published, retired or built in, and whether it is in use. */
import type { FrameworkVersionSummary } from '../../db/frameworkRepository';
import { statusLabels, statusTagKinds } from './frameworkLabels';

export function VersionStatus({ summary }: { summary: FrameworkVersionSummary }) {
  return (
    <span className="fw-status">
      <span className={`status-tag status-tag--${statusTagKinds[summary.status]}`}>
        {statusLabels[summary.status]}
      </span>
      {summary.isCurrent && <span className="status-tag status-tag--active">In use for new appraisals</span>}
    </span>
  );
}
