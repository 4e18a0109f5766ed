/** What a backup holds beside what is on this PC now, row by row, the differences in bold. */
import type { RestorePlan } from '../../actions/restoreBackup';
import { backupMoment, newestSignedText } from '../backupWording';
import './restore.css';

export function RestoreComparison({ plan }: { plan: RestorePlan }) {
  const backup = plan.check.backup;
  const there = backup.counts;
  const here = plan.here.counts;
  const rows: { label: string; backup: string; here: string }[] = [
    { label: 'Made', backup: backupMoment(backup.createdAt), here: 'Now' },
    { label: 'People working here', backup: String(there.staff), here: String(here.staff) },
    { label: 'Leavers', backup: String(there.leavers), here: String(here.leavers) },
    { label: 'Appraisals', backup: String(there.appraisals), here: String(here.appraisals) },
    { label: 'Signed', backup: String(there.signed), here: String(here.signed) },
    { label: 'Replaced by an amendment', backup: String(there.replaced), here: String(here.replaced) },
    { label: 'Drafts', backup: String(there.drafts), here: String(here.drafts) },
    { label: 'Frameworks', backup: String(there.frameworks), here: String(here.frameworks) },
    {
      label: 'Newest signed record',
      backup: newestSignedText(backup.newestSigned),
      here: newestSignedText(plan.here.newestSigned),
    },
  ];
  return (
    <div className="table-scroll">
      <table className="data-table restore-compare">
        <caption className="data-table__caption">What the backup holds beside what is on this PC now</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">In the backup</th>
            <th scope="col">On this PC now</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const differs = row.label !== 'Made' && row.backup !== row.here;
            return (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className={differs ? 'restore-compare__differs' : undefined}>{row.backup}</td>
                <td className={differs ? 'restore-compare__differs' : undefined}>{row.here}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
