/**
 * The home screen: who is appraised and in date, due soon, overdue or never appraised; the
 * completion figure inspectors ask for; drafts in progress; the team profile; and the most
 * common development needs. Which list is open and the team filter live in the address.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDateLong } from '../../../shared/dates';
import { dashboardListFrom, paths } from '../../app/paths';
import { useDatabase } from '../../app/databaseContext';
import { PageHeading } from '../../components/PageHeading';
import { todayIso } from '../../components/today';
import { loadDashboard } from '../../db/complianceQueries';
import { ComplianceTiles } from './ComplianceTiles';
import { BackupNotice } from './BackupNotice';
import { DevelopmentNeedsPanel } from './DevelopmentNeedsPanel';
import { DraftsPanel } from './DraftsPanel';
import { SealPendingPanel } from './SealPendingPanel';
import { StartupNotices } from './StartupNotices';
import { TeamProfilePanel } from './TeamProfilePanel';
import { useTeamInsights } from './useTeamInsights';
import './dashboard.css';

// Opened from a tile: its windowed table is not needed for the figure to show.
const CompliancePeopleList = lazy(() =>
  import('./CompliancePeopleList').then((m) => ({ default: m.CompliancePeopleList })),
);

export function DashboardPage() {
  const db = useDatabase();
  const today = todayIso();
  const data = useLiveQuery(() => loadDashboard(db, today), [db, today]);
  const insights = useTeamInsights(db, today);
  const [params, setParams] = useSearchParams();
  const list = dashboardListFrom(params.get('list'));
  const team = params.get('team') ?? '';

  function setParam(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: name === 'team' });
  }

  return (
    <>
      <div className="page-header">
        <PageHeading title="Dashboard" />
        <p className="muted dashboard__date">As of {formatDateLong(today)}</p>
      </div>
      <StartupNotices />
      {data !== undefined && (
        <BackupNotice hasRecords={data.summary.counts.active > 0 || data.drafts.length > 0} />
      )}
      {data !== undefined && <SealPendingPanel waiting={data.waitingForSeal} />}
      {data !== undefined && data.summary.counts.active === 0 && (
        <div className="empty-state">
          <h2>There is no one on the register yet</h2>
          <p>
            Once you add your staff, this page shows who has an in-date signed appraisal, who is due and who
            is overdue.
          </p>
          <Link to={paths.staffNew} className="button button--secondary">
            Add your first member of staff
          </Link>
        </div>
      )}
      {data !== undefined && data.summary.counts.active > 0 && (
        <div className="dashboard">
          <ComplianceTiles summary={data.summary} />
          {list !== null && (
            <Suspense fallback={<p className="muted">Opening the list…</p>}>
              <CompliancePeopleList
                rows={data.summary.rows}
                list={list}
                onClose={() => setParam('list', null)}
              />
            </Suspense>
          )}
          <div className="dashboard__columns">
            <DraftsPanel drafts={data.drafts} />
            {insights !== undefined && <DevelopmentNeedsPanel needs={insights.developmentNeeds} />}
          </div>
          {insights !== undefined && (
            <TeamProfilePanel
              points={insights.teamProfile}
              teams={data.teams}
              team={data.teams.includes(team) ? team : ''}
              onTeamChange={(value) => setParam('team', value)}
            />
          )}
        </div>
      )}
    </>
  );
}
