/**
 * The profile on the summary step: management and leadership scores from the manager's
 * ratings, in words and as the two-axis picture, with earlier signed appraisals and the
 * appraisee's own view when there is one.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { managerRatings, selfRatings } from '../../../../shared/appraisal/ratingsOf';
import { formatDate } from '../../../../shared/dates';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import { profileScore } from '../../../../shared/framework/profileScore';
import { useDatabase } from '../../../app/databaseContext';
import { profileHistory } from '../../../db/appraisalRepository';
import { ProfileChart, type ProfileChartPoint } from '../../../components/profile/ProfileChart';
import {
  profileHeadline,
  quadrantExplanation,
  spokenPoint,
  type ScorePair,
} from '../../../components/profile/profileText';

function chartPoint(key: string, label: string, scores: ScorePair): ProfileChartPoint | null {
  const { management, leadership } = scores;
  return management === null || leadership === null ? null : { key, label, management, leadership };
}

export function ProfileSummary({ draft, framework }: { draft: Appraisal; framework: Framework }) {
  const db = useDatabase();
  const history = useLiveQuery(() => profileHistory(db, draft.staffId), [db, draft.staffId]);
  const score = profileScore(framework, managerRatings(draft));
  const self = draft.selfAssessment.included ? profileScore(framework, selfRatings(draft)) : null;
  const earlier = (history ?? []).filter((point) => point.appraisalId !== draft.id);

  const current = chartPoint('current', 'This appraisal', score);
  const selfView = self === null ? null : chartPoint('self', 'Their view', self);
  const earlierPoints = earlier.flatMap((point) => {
    const plotted = chartPoint(point.appraisalId, formatDate(point.meetingDate), point);
    return plotted === null ? [] : [plotted];
  });
  const explanation = quadrantExplanation(score);
  const description = [
    'Profile picture: management tasks score across, leadership behaviours score up, from 1 to 4.',
    current === null
      ? 'This appraisal is not rated enough to place yet.'
      : `${spokenPoint('This appraisal', score)}.`,
    selfView !== null && self !== null ? `${spokenPoint('Their view', self)}.` : '',
    ...earlierPoints.map((p) => `${spokenPoint(`Appraisal of ${p.label}`, p)}.`),
  ]
    .filter((part) => part !== '')
    .join(' ');

  return (
    <section className="profile-summary" aria-labelledby="profile-title">
      <h3 id="profile-title">Profile</h3>
      <div className="profile-summary__layout">
        <div className="profile-summary__text">
          <p className="profile-headline">{profileHeadline(score)}</p>
          {explanation !== null && <p>{explanation}</p>}
          {current !== null && (
            <p className="step-note">
              Each score is the average of the levels you gave in that section ({score.ratedCount.management}{' '}
              management tasks and {score.ratedCount.leadership} leadership behaviours rated); not applicable
              ones are left out.
            </p>
          )}
          {current === null && (
            <p className="step-note">
              Rate at least one competency in each section to place {draft.header.staffName} on the picture.
            </p>
          )}
          {self !== null && <p>Their view: {profileHeadline(self)}</p>}
          {earlier.length > 0 && (
            <>
              <h4 className="profile-summary__subtitle">Earlier signed appraisals</h4>
              <ul className="profile-summary__history">
                {earlier.map((point) => (
                  <li key={point.appraisalId}>
                    {formatDate(point.meetingDate)}: {profileHeadline(point)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <ProfileChart
          description={description}
          current={current}
          earlier={earlierPoints}
          selfView={selfView}
        />
      </div>
    </section>
  );
}
