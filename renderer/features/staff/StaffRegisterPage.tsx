/** The staff register: everyone the home employs or has employed, with search and filters. */
import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { Link } from 'react-router';
import { useDatabase } from '../../app/databaseContext';
import { paths } from '../../app/paths';
import { PageHeading } from '../../components/PageHeading';
import { todayIso } from '../../components/today';
import { useSettledValue } from '../../components/useSettledValue';
import { registerStandings } from '../../db/complianceQueries';
import type { StaffRecord } from '../../db/records';
import { SaveCsvButton } from '../../components/SaveCsvButton';
import { DeleteStaffDialog } from './DeleteStaffDialog';
import { MarkLeaverDialog } from './MarkLeaverDialog';
import { StaffFiltersBar } from './StaffFiltersBar';
import { registerCsv } from './registerCsv';
import {
  filterSearchable,
  filterStaff,
  hasActiveFilters,
  noStaffFilters,
  searchableStaff,
  type StaffFilterState,
} from './staffFilters';
import { StaffTable } from './StaffTable';
import { useAppraisedStaffIds, useStaffRegister } from './useStaffRegister';

/**
 * How long typing must pause before the list follows the search. A usual gap between keys is
 * shorter, even on a slow PC, so the list is not drawn while a name is still being typed (at
 * 150 ms, a 4x-slowed PC drew it between keys and the next key waited behind it).
 */
const typingPauseMs = 300;

function peopleCount(n: number): string {
  return n === 1 ? '1 person' : `${n} people`;
}

export function StaffRegisterPage() {
  const db = useDatabase();
  const staff = useStaffRegister();
  const appraisedIds = useAppraisedStaffIds();
  const [filters, setFilters] = useState<StaffFilterState>(noStaffFilters);
  const [leaving, setLeaving] = useState<StaffRecord | null>(null);
  const [deleting, setDeleting] = useState<StaffRecord | null>(null);
  const today = todayIso();

  return (
    <>
      <div className="page-header">
        <PageHeading title="Staff register" />
        <div className="person-actions">
          <SaveCsvButton
            label="Export this list as CSV"
            suggestedName={`staff-register-${today}.csv`}
            disabled={staff === undefined || staff.length === 0}
            buildCsv={async () =>
              registerCsv(filterStaff(staff ?? [], filters, today), await registerStandings(db, today))
            }
          />
          <Link to={paths.staffNew} className="button">
            Add a member of staff
          </Link>
        </div>
      </div>
      {staff !== undefined &&
        appraisedIds !== undefined &&
        (staff.length === 0 ? (
          <NoStaffYet />
        ) : (
          <RegisterBody
            staff={staff}
            appraisedIds={appraisedIds}
            filters={filters}
            today={today}
            onFiltersChange={setFilters}
            onMarkLeaver={setLeaving}
            onDelete={setDeleting}
          />
        ))}
      {leaving !== null && <MarkLeaverDialog member={leaving} onClose={() => setLeaving(null)} />}
      {deleting !== null && <DeleteStaffDialog member={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}

function NoStaffYet() {
  return (
    <div className="empty-state">
      <h2>No one is on the register yet</h2>
      <p>Add each member of staff once. You will appraise them, and keep their records, from here.</p>
      <Link to={paths.staffNew} className="button button--secondary">
        Add your first member of staff
      </Link>
    </div>
  );
}

interface RegisterBodyProps {
  staff: readonly StaffRecord[];
  appraisedIds: ReadonlySet<string>;
  filters: StaffFilterState;
  today: string;
  onFiltersChange: Dispatch<SetStateAction<StaffFilterState>>;
  onMarkLeaver: (member: StaffRecord) => void;
  onDelete: (member: StaffRecord) => void;
}

function RegisterBody({
  staff,
  appraisedIds,
  filters,
  today,
  onFiltersChange,
  onMarkLeaver,
  onDelete,
}: RegisterBodyProps) {
  // Names are keyed for searching once per list, not once per keystroke.
  const searchable = useMemo(() => searchableStaff(staff), [staff]);
  // The search box shows each key at once; the list follows when the typing pauses, and a key
  // typed while it is being drawn goes first (React drops the list it was drawing).
  const listed = useSettledValue(filters, typingPauseMs);
  const visible = useMemo(() => filterSearchable(searchable, listed, today), [searchable, listed, today]);
  return (
    <>
      <StaffFiltersBar staff={staff} filters={filters} today={today} onChange={onFiltersChange} />
      {visible.length === 0 ? (
        <NoOneMatches filters={listed} onClear={() => onFiltersChange(noStaffFilters)} />
      ) : (
        <StaffTable
          people={visible}
          everyone={staff}
          appraisedIds={appraisedIds}
          caption={`Showing ${peopleCount(visible.length)}`}
          today={today}
          onMarkLeaver={onMarkLeaver}
          onDelete={onDelete}
        />
      )}
    </>
  );
}

function NoOneMatches({ filters, onClear }: { filters: StaffFilterState; onClear: () => void }) {
  return (
    <div className="empty-state">
      <h2>No one matches</h2>
      <p>
        {hasActiveFilters(filters)
          ? 'Check the spelling, or clear the search and filters.'
          : 'There is no one in this list. Choose another option under Show.'}
      </p>
      <button type="button" className="button button--secondary" onClick={onClear}>
        Clear search and filters
      </button>
    </div>
  );
}
