/** Filters for the records list: person, team, role, meeting dates, status and appraiser. */
import { appraisalStatuses } from '../../../shared/appraisal/appraisal';
import type { RecordRow } from '../../db/recordsQueries';
import { appraisalStatusLabels } from '../../components/recordLabels';
import { SelectFilter } from '../../components/SelectFilter';
import { appraiserChoices, choicesOf, type RecordFilterState } from './recordFilters';

interface RecordsFiltersBarProps {
  rows: readonly RecordRow[];
  filters: RecordFilterState;
  onChange: (filters: RecordFilterState) => void;
}

export function RecordsFiltersBar({ rows, filters, onChange }: RecordsFiltersBarProps) {
  const set = <K extends keyof RecordFilterState>(key: K, value: RecordFilterState[K]) =>
    onChange({ ...filters, [key]: value });
  return (
    <div className="filters records-filters" role="group" aria-label="Filter the records">
      <div className="filters__field">
        <label htmlFor="records-person" className="field__label">
          Staff member
        </label>
        <input
          id="records-person"
          type="search"
          className="input"
          value={filters.person}
          onChange={(e) => set('person', e.target.value)}
        />
      </div>
      <SelectFilter
        id="records-team"
        label="Team"
        value={filters.team}
        anyLabel="Any"
        options={choicesOf(rows, (r) => r.team)}
        onChange={(v) => set('team', v)}
      />
      <SelectFilter
        id="records-role"
        label="Role"
        value={filters.role}
        anyLabel="Any"
        options={choicesOf(rows, (r) => r.role)}
        onChange={(v) => set('role', v)}
      />
      <SelectFilter
        id="records-appraiser"
        label="Appraiser"
        value={filters.appraiser}
        anyLabel="Any"
        options={appraiserChoices(rows)}
        onChange={(v) => set('appraiser', v)}
      />
      <div className="filters__field">
        <label htmlFor="records-status" className="field__label">
          Status
        </label>
        <select
          id="records-status"
          className="input"
          value={filters.status}
          onChange={(e) => {
            const value = appraisalStatuses.find((s) => s === e.target.value) ?? 'any';
            set('status', value);
          }}
        >
          <option value="any">Any</option>
          {appraisalStatuses.map((status) => (
            <option key={status} value={status}>
              {appraisalStatusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor="records-from" className="field__label">
          Meeting from
        </label>
        <input
          id="records-from"
          type="date"
          className="input"
          value={filters.from}
          onChange={(e) => set('from', e.target.value)}
        />
      </div>
      <div className="filters__field">
        <label htmlFor="records-to" className="field__label">
          Meeting to
        </label>
        <input
          id="records-to"
          type="date"
          className="input"
          value={filters.to}
          onChange={(e) => set('to', e.target.value)}
        />
      </div>
    </div>
  );
}
