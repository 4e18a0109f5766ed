/**
 * A person's page: their details and where they stand, every appraisal (each version), their
 * profile over time, and what can be done: start an appraisal, edit their details, or export
 * everything held about them (subject access).
 */
import { Link, useParams } from 'react-router';
import { complianceStatusLabels } from '../../../shared/compliance/complianceStatusNames';
import { formatDate } from '../../../shared/dates';
import { displayName } from '../../../shared/staff/names';
import { editStaffPath, paths, startAppraisalFor } from '../../app/paths';
import { PageHeading } from '../../components/PageHeading';
import { todayIso } from '../../components/today';
import { SubjectAccessButton } from '../../components/exports/SubjectAccessButton';
import { daysText } from '../../components/daysText';
import { staffStatusLabel, staffStatusOn } from '../../components/staffStatus';
import { PersonAppraisals } from './PersonAppraisals';
import { PersonProfile } from './PersonProfile';
import { usePersonPage } from './usePersonPage';
import './person.css';

export function PersonPage() {
  const { staffId = '' } = useParams();
  const today = todayIso();
  const data = usePersonPage(staffId, today);
  if (data === undefined) return null;
  if (data === null) {
    return (
      <>
        <PageHeading title="Person not found" />
        <p>This member of staff is not on the register. They may have been deleted.</p>
        <Link to={paths.staff}>Back to the staff register</Link>
      </>
    );
  }
  const { member, lineManager, appraisals, history, compliance } = data;
  const status = staffStatusOn(member, today);
  return (
    <>
      <p className="back-link">
        <Link to={paths.staff}>Staff register</Link>
      </p>
      <div className="page-header">
        <PageHeading title={member.fullName} />
        <div className="person-actions">
          {status.kind !== 'left' && (
            <Link to={startAppraisalFor(member.id)} className="button">
              Start appraisal
            </Link>
          )}
          <Link to={editStaffPath(member.id)} className="button button--secondary">
            Edit details
          </Link>
          <SubjectAccessButton staff={member} />
        </div>
      </div>
      <dl className="person-facts">
        {member.preferredName !== '' && member.preferredName !== member.fullName && (
          <>
            <dt>Known as</dt>
            <dd>{member.preferredName}</dd>
          </>
        )}
        <dt>Role</dt>
        <dd>{member.role}</dd>
        <dt>Team</dt>
        <dd>{member.team === '' ? '–' : member.team}</dd>
        <dt>Started</dt>
        <dd>{formatDate(member.startDate)}</dd>
        <dt>Line manager</dt>
        <dd>{lineManager === null ? '–' : displayName(lineManager)}</dd>
        <dt>On the register</dt>
        <dd>
          <span className={`status-tag status-tag--${status.kind}`}>{staffStatusLabel(status)}</span>
        </dd>
        {compliance !== null && (
          <>
            <dt>Appraisal</dt>
            <dd>
              {complianceStatusLabels[compliance.status]}
              {compliance.nextDueDate !== null &&
                ` · next due ${formatDate(compliance.nextDueDate)} (${daysText(compliance.daysUntilDue).toLowerCase()})`}
            </dd>
          </>
        )}
      </dl>
      <h2 className="appraisals-group">Appraisals</h2>
      <PersonAppraisals appraisals={appraisals} />
      <h2 className="appraisals-group">Profile over time</h2>
      <PersonProfile history={history} />
    </>
  );
}
