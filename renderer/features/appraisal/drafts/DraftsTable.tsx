/** The drafts in progress, each with Resume and Discard. */
import { Link } from 'react-router';
import { formatMomentDate } from '../../../../shared/dates';
import { appraisalStep, appraisalSteps } from '../../../../shared/appraisal/steps';
import { resumeAppraisalPath } from '../../../app/paths';
import type { DraftRow } from './useDraftRows';
import { TableHead } from '../../../components/TableHead';

const savedFormat = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

interface DraftsTableProps {
  rows: readonly DraftRow[];
  onDiscard: (row: DraftRow) => void;
}

export function DraftsTable({ rows, onDiscard }: DraftsTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="data-table__caption">
          {rows.length === 1 ? '1 appraisal in progress' : `${rows.length} appraisals in progress`}
        </caption>
        <TableHead
          columns={['Member of staff', 'Started', 'Last saved', 'Left at', 'Progress']}
          actionsLabel="Actions"
        />
        <tbody>
          {rows.map((row) => {
            const { draft } = row;
            const name = draft.header.staffName;
            return (
              <tr key={draft.id}>
                <th scope="row" className="data-table__name">
                  <span className="person-name">{name}</span>
                  <span className="person-name__preferred">
                    {draft.header.roleAtTime}
                    {draft.version > 1 && ` · amendment, version ${draft.version}`}
                  </span>
                </th>
                <td className="nowrap">{formatMomentDate(draft.createdAt)}</td>
                <td className="nowrap">{savedFormat.format(new Date(draft.updatedAt))}</td>
                <td>{appraisalStep(draft.currentStep).title}</td>
                <td>
                  {row.stepsComplete === null
                    ? 'Unknown'
                    : `${row.stepsComplete} of ${appraisalSteps.length} steps complete`}
                </td>
                <td className="data-table__actions">
                  <Link to={resumeAppraisalPath(draft.id)} className="button button--small">
                    Resume<span className="visually-hidden"> the appraisal of {name}</span>
                  </Link>
                  <button
                    type="button"
                    className="button button--danger-quiet button--small"
                    onClick={() => onDiscard(row)}
                  >
                    Discard<span className="visually-hidden"> the draft of {name}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
