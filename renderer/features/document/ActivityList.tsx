/** What happened to this appraisal, from the audit log: when, what, who. */
import { describeActor, type ActorNames } from '../../../shared/audit/auditActor';
import { auditActionLabels, type AuditEvent } from '../../../shared/audit/auditEvent';
import { TableHead } from '../../components/TableHead';

const when = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function ActivityList({
  events,
  problem,
  names,
}: {
  events: readonly AuditEvent[] | null;
  problem: string | null;
  /** How actor ids become names; the log itself holds no names. */
  names: ActorNames;
}) {
  return (
    <section aria-labelledby="activity-title" className="document-section">
      <h2 id="activity-title">Activity</h2>
      {problem !== null && <p className="notice notice--error">{problem}</p>}
      {events !== null && events.length === 0 && <p className="muted">Nothing has been recorded yet.</p>}
      {events !== null && events.length > 0 && (
        <div className="table-scroll">
          <table className="data-table activity-table">
            <TableHead columns={['When', 'What', 'Details', 'By']} />
            <tbody>
              {[...events].reverse().map((event) => (
                <tr key={event.seq}>
                  <td className="nowrap">{when.format(new Date(event.at))}</td>
                  <td>{auditActionLabels[event.action]}</td>
                  <td>{event.detail}</td>
                  <td>{describeActor(event.actor, names)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
