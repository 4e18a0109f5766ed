/** Audits and retention: the inspection pack, checking a pack, and leavers' records. */
import { PageHeading } from '../../components/PageHeading';
import { InspectionPackSection } from './InspectionPackSection';
import { PackCheckSection } from './PackCheckSection';
import { RetentionSection } from './RetentionSection';
import { auditsNavLabel } from '../../app/paths';
import './audits.css';

export function AuditsPage() {
  return (
    <>
      <PageHeading title={auditsNavLabel} />
      <p className="lead">
        Hand records to an inspector or auditor in one file, check a pack you were given, and see when
        leavers’ records may be destroyed.
      </p>
      <InspectionPackSection />
      <PackCheckSection />
      <RetentionSection />
    </>
  );
}
