/** Start an appraisal: choose the person (or arrive with them chosen from the register). */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useSearchParams } from 'react-router';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { isActiveOn } from '../../../../shared/staff/activeOn';
import { useDatabase } from '../../../app/databaseContext';
import { PageHeading } from '../../../components/PageHeading';
import { todayIso } from '../../../components/today';
import { listDrafts, listRecentlySigned } from '../../../db/appraisalRepository';
import { getSettings } from '../../../db/settingsRepository';
import { listStaff } from '../../../db/staffQueries';
import { paths } from '../../../app/paths';
import { StartAppraisalForm } from './StartAppraisalForm';

/** The appraiser of the most recently started appraisal (a draft or the latest signed one). */
function lastAppraiserOf(appraisals: readonly Appraisal[]): { name: string; role: string } | null {
  const latest = [...appraisals].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
  return latest === undefined
    ? null
    : { name: latest.header.appraiserName, role: latest.header.appraiserRole };
}

export function StartAppraisalPage() {
  const db = useDatabase();
  const [params] = useSearchParams();
  const data = useLiveQuery(async () => {
    const [staff, drafts, signed, settings] = await Promise.all([
      listStaff(db),
      listDrafts(db),
      listRecentlySigned(db, 1),
      getSettings(db),
    ]);
    return { staff, drafts, lastAppraiser: lastAppraiserOf([...drafts, ...signed]), settings };
  }, [db]);
  const today = todayIso();

  if (data === undefined) return null;
  const active = data.staff.filter((member) => isActiveOn(member, today));
  const requested = params.get('staff') ?? '';
  const initialStaffId = active.some((m) => m.id === requested) ? requested : '';

  return (
    <>
      <PageHeading title="Start an appraisal" />
      {active.length === 0 ? (
        <div className="empty-state">
          <p>There is no one on the staff register to appraise yet. Add the member of staff first.</p>
          <Link to="/staff">Go to the staff register</Link>
        </div>
      ) : (
        <>
          <p className="lead">
            The appraisal uses the current framework and brings in the objectives from their last signed
            appraisal. It saves itself as you go.
          </p>
          <StartAppraisalForm
            people={active}
            drafts={data.drafts}
            initialStaffId={initialStaffId}
            registeredManager={data.settings?.registeredManager ?? ''}
            lastAppraiser={data.lastAppraiser}
          />
        </>
      )}
      <p className="back-link">
        <Link to={paths.appraisals}>Back to Appraisals</Link>
      </p>
    </>
  );
}
