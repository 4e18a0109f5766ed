/** A person's profile over time: one point per signed appraisal, joined in date order, and a table. */
import { formatDate } from '../../../shared/dates';
import { formatScore } from '../../../shared/framework/profileScore';
import type { ProfileHistoryPoint } from '../../db/appraisalRepository';
import { ProfileChart, type ProfileChartPoint } from '../../components/profile/ProfileChart';
import { spokenPoint } from '../../components/profile/profileText';
import { TableHead } from '../../components/TableHead';

export function PersonProfile({ history }: { history: readonly ProfileHistoryPoint[] }) {
  const points: ProfileChartPoint[] = history.flatMap((p) =>
    p.management === null || p.leadership === null
      ? []
      : [
          {
            key: p.appraisalId,
            management: p.management,
            leadership: p.leadership,
            label: formatDate(p.meetingDate),
          },
        ],
  );
  if (history.length === 0) {
    return <p className="muted">The profile appears here once an appraisal is signed.</p>;
  }
  const latest = points.at(-1) ?? null;
  const description =
    points.length === 0
      ? 'No signed appraisal rates both sections yet.'
      : `Profile over time. ${points.map((p) => spokenPoint(p.label, p)).join('. ')}.`;
  return (
    <div className="profile-summary__layout">
      {latest !== null && (
        <div className="team-profile__chart">
          <ProfileChart
            description={description}
            current={latest}
            earlier={points.slice(0, -1)}
            currentLegend="Latest signed appraisal"
          />
        </div>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Profile scores by signed appraisal, oldest first</caption>
          <TableHead columns={['Meeting', 'Management', 'Leadership']} />
          <tbody>
            {history.map((p) => (
              <tr key={p.appraisalId}>
                <th scope="row">{formatDate(p.meetingDate)}</th>
                <td>{formatScore(p.management)}</td>
                <td>{formatScore(p.leadership)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
