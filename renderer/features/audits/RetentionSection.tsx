/**
 * "Retention": every leaver with the day their records may be destroyed (leaving date plus the
 * home's retention years), and those past it with a way to destroy them. Anyone still within
 * retention has no destroy button, and the repository refuses them anyway.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { useDatabase } from '../../app/databaseContext';
import { paths } from '../../app/paths';
import { todayIso } from '../../components/today';
import { listLeaverRetention, type LeaverRetention } from '../../db/retention';
import { retentionYears } from '../../db/retentionSettings';
import { DestroyRecordsDialog } from './DestroyRecordsDialog';
import { SubjectAccessButton } from '../../components/exports/SubjectAccessButton';
import { TableHead } from '../../components/TableHead';

export function RetentionSection() {
  const db = useDatabase();
  const [destroying, setDestroying] = useState<LeaverRetention | null>(null);
  const data = useLiveQuery(async () => {
    const years = await retentionYears(db);
    return { years, leavers: await listLeaverRetention(db, years, todayIso()) };
  }, [db]);

  if (data === undefined) return null;
  const { years, leavers } = data;
  const past = leavers.filter((leaver) => leaver.pastRetention);

  return (
    <section className="panel audits-panel--wide" aria-labelledby="audits-retention">
      <h2 id="audits-retention">Retention</h2>
      <p>
        A leaver’s records are kept for {years} {years === 1 ? 'year' : 'years'} after they leave, then may be
        destroyed. <Link to={paths.settings}>Change the retention period in Settings</Link>.
      </p>

      <h3 id="retention-past" className="retention__heading">
        Past retention
      </h3>
      {past.length === 0 ? (
        <p>No one’s records are past retention.</p>
      ) : (
        <div className="table-scroll retention__table">
          <table className="data-table" aria-labelledby="retention-past">
            <TableHead
              columns={['Name', 'Left on', 'May be destroyed from', 'Signed appraisals']}
              actionsLabel="Actions"
            />
            <tbody>
              {past.map((leaver) => (
                <tr key={leaver.staff.id}>
                  <th scope="row">{leaver.staff.fullName}</th>
                  <td>{formatDate(leaver.leavingDate)}</td>
                  <td>{formatDate(leaver.mayBeDestroyedFrom)}</td>
                  <td>{leaver.documentIds.length}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--danger button--small"
                      aria-label={`Destroy the records of ${leaver.staff.fullName}…`}
                      onClick={() => setDestroying(leaver)}
                    >
                      Destroy records…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 id="retention-leavers" className="retention__heading">
        All leavers
      </h3>
      {leavers.length === 0 ? (
        <p>No one on the register has left.</p>
      ) : (
        <div className="table-scroll retention__table">
          <table className="data-table" aria-labelledby="retention-leavers">
            <TableHead
              columns={[
                'Name',
                'Role',
                'Left on',
                'May be destroyed from',
                'Signed appraisals',
                'Subject access',
              ]}
            />
            <tbody>
              {leavers.map((leaver) => (
                <tr key={leaver.staff.id}>
                  <th scope="row">{leaver.staff.fullName}</th>
                  <td>{leaver.staff.role}</td>
                  <td>{formatDate(leaver.leavingDate)}</td>
                  <td>
                    {formatDate(leaver.mayBeDestroyedFrom)}
                    {leaver.pastRetention && <span className="retention__past"> (passed)</span>}
                  </td>
                  <td>{leaver.documentIds.length}</td>
                  <td>
                    <SubjectAccessButton staff={leaver.staff} compact />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {destroying !== null && (
        <DestroyRecordsDialog leaver={destroying} onClose={() => setDestroying(null)} />
      )}
    </section>
  );
}
