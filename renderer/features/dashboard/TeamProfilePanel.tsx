/**
 * The team profile: every active person's latest management and leadership scores on one
 * picture, for the whole home or one team. The same numbers are in a table under it, for
 * screen readers and for anyone who wants the names.
 */
import { Link } from 'react-router';
import { formatScore, profileQuadrant, profileQuadrants } from '../../../shared/framework/profileScore';
import { personPath } from '../../app/paths';
import type { TeamProfilePoint } from '../../db/teamProfileQueries';
import { ProfileChart } from '../../components/profile/ProfileChart';
import { SelectFilter } from '../../components/SelectFilter';
import { TableHead } from '../../components/TableHead';

interface TeamProfilePanelProps {
  points: readonly TeamProfilePoint[];
  teams: readonly string[];
  team: string;
  onTeamChange: (team: string) => void;
}

export function TeamProfilePanel({ points, teams, team, onTeamChange }: TeamProfilePanelProps) {
  const shown = team === '' ? points : points.filter((p) => p.team === team);
  const whose = team === '' ? 'the whole home' : `the ${team} team`;
  const counts = quadrantCounts(shown);
  return (
    <section className="dashboard-panel" aria-labelledby="team-profile-heading">
      <div className="dashboard-panel__header">
        <h2 id="team-profile-heading">Team profile</h2>
        <SelectFilter
          id="team-profile-team"
          label="Team"
          value={team}
          anyLabel="Everyone"
          options={teams}
          onChange={onTeamChange}
          inline
        />
      </div>
      {shown.length === 0 ? (
        <p className="muted">No one in {whose} has a signed appraisal that rates both sections yet.</p>
      ) : (
        <>
          <p className="muted">
            Each person&rsquo;s latest signed appraisal, {whose}:{' '}
            {shown.length === 1 ? '1 person' : `${shown.length} people`}. {counts}
          </p>
          <div className="team-profile__chart">
            <ProfileChart
              description={`Team profile for ${whose}: ${shown.length === 1 ? '1 person' : `${shown.length} people`}. ${counts} The names and scores are in the table below.`}
              team={shown.map((p) => ({
                key: p.staffId,
                management: p.management,
                leadership: p.leadership,
                label: p.fullName,
              }))}
            />
          </div>
          <details className="team-profile__table">
            <summary>Show the names and scores as a table</summary>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">Team profile for {whose}</caption>
                <TableHead columns={['Name', 'Team', 'Management', 'Leadership', 'Area']} />
                <tbody>
                  {shown.map((p) => {
                    const quadrant = profileQuadrant(p.management, p.leadership);
                    return (
                      <tr key={p.staffId}>
                        <th scope="row">
                          <Link to={personPath(p.staffId)}>{p.fullName}</Link>
                        </th>
                        <td>{p.team === '' ? '–' : p.team}</td>
                        <td>{formatScore(p.management)}</td>
                        <td>{formatScore(p.leadership)}</td>
                        <td>{profileQuadrants[quadrant].label}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}

/** "Manager and leader: 3. Manager: 2." in the order first met. */
function quadrantCounts(points: readonly TeamProfilePoint[]): string {
  const counts = new Map<string, number>();
  for (const p of points) {
    const label = profileQuadrants[profileQuadrant(p.management, p.leadership)].label;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.entries()].map(([label, n]) => `${label}: ${n}.`).join(' ');
}
