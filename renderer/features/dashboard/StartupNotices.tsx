/**
 * What Care Appraisals found and put right when it started, said once on the dashboard: a
 * damaged activity log (with what to do), an unfinished log entry set aside, drafts that turned
 * out to be sealed already, destructions finished, or checks that could not be made.
 */
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useStartupState } from '../../app/useStartupReconcile';

export function StartupNotices() {
  const startup = useStartupState();
  if (startup.phase === 'checking') return null;
  if (startup.phase === 'failed')
    return (
      <p role="alert" className="notice notice--error">
        {startup.message}
      </p>
    );
  const { check, adopted, problems } = startup.result;
  const notes: string[] = [];
  if (check.auditLog.repairedTornTail !== null)
    notes.push(
      `Care Appraisals was stopped while writing to its activity log. The unfinished entry was set aside (kept as ${check.auditLog.repairedTornTail.keptAs}) and the repair was recorded.`,
    );
  if (adopted > 0)
    notes.push(
      `${adopted === 1 ? 'One appraisal was' : `${adopted} appraisals were`} already sealed but not shown as signed (the app had stopped before it finished). ${adopted === 1 ? 'It is' : 'They are'} now shown as signed, exactly as sealed.`,
    );
  if (check.finishedDestroys > 0)
    notes.push('A destruction of records that had stopped part-way was finished.');

  return (
    <>
      {!check.auditLog.intact && (
        <div role="alert" className="notice notice--error">
          <p className="notice__message">
            The activity log has {check.auditLog.problems.length === 1 ? 'a problem' : 'problems'}. Do not
            edit or delete its file; copy the whole data folder to a USB stick and ask IT or support for help.
            Work can carry on: new entries are still recorded and checked.
          </p>
          <ul className="problem-list">
            {check.auditLog.problems.slice(0, 5).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <p>
            <Link to={paths.about}>Check the activity log again</Link>
          </p>
        </div>
      )}
      {[...notes, ...problems].map((note) => (
        <p key={note} role="status" className="notice">
          {note}
        </p>
      ))}
    </>
  );
}
