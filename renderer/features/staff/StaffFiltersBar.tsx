/** Search and filters above the register. */
import { SelectFilter } from '../../components/SelectFilter';
import type { StaffRecord } from '../../db/records';
import { rolesInUse, teamsInUse } from './staffChoices';
import {
  isShowOption,
  matchesShow,
  showOptions,
  type ShowOption,
  type StaffFilterState,
} from './staffFilters';

const showLabels: Record<ShowOption, string> = {
  active: 'Active staff',
  leavers: 'Leavers',
  everyone: 'Everyone',
};

interface StaffFiltersBarProps {
  staff: readonly StaffRecord[];
  filters: StaffFilterState;
  today: string;
  onChange: (filters: StaffFilterState) => void;
}

export function StaffFiltersBar({ staff, filters, today, onChange }: StaffFiltersBarProps) {
  const roles = rolesInUse(staff);
  const teams = teamsInUse(staff);
  const countFor = (show: ShowOption) => staff.filter((m) => matchesShow(m, show, today)).length;

  return (
    <search className="filters" aria-label="Search and filter the register">
      <div className="filters__field filters__field--search">
        <label htmlFor="staffSearch" className="field__label">
          Search by name
        </label>
        <input
          id="staffSearch"
          type="search"
          className="input"
          value={filters.query}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onChange({ ...filters, query: event.target.value })}
        />
      </div>
      <SelectFilter
        id="staffRoleFilter"
        label="Role"
        value={filters.role}
        anyLabel="All roles"
        options={roles}
        onChange={(role) => onChange({ ...filters, role })}
      />
      {teams.length > 0 && (
        <SelectFilter
          id="staffTeamFilter"
          label="Team"
          value={filters.team}
          anyLabel="All teams"
          options={teams}
          onChange={(team) => onChange({ ...filters, team })}
        />
      )}
      <div className="filters__field">
        <label htmlFor="staffShowFilter" className="field__label">
          Show
        </label>
        <select
          id="staffShowFilter"
          className="input"
          value={filters.show}
          onChange={(event) => {
            const show = event.target.value;
            if (isShowOption(show)) onChange({ ...filters, show });
          }}
        >
          {showOptions.map((show) => (
            <option key={show} value={show}>
              {showLabels[show]} ({countFor(show)})
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}
