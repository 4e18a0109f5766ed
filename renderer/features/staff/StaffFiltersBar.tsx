/**
 * Search and filters above the register. A keystroke in the search box renders the box alone:
 * the drop-downs (and the roles, teams and counts they offer, worked out once per register)
 * are memoised and their changes are stable callbacks.
 */
import { memo, useCallback, useMemo, type Dispatch, type SetStateAction } from 'react';
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
  onChange: Dispatch<SetStateAction<StaffFilterState>>;
}

export function StaffFiltersBar({ staff, filters, today, onChange }: StaffFiltersBarProps) {
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
          onChange={(event) => {
            const query = event.target.value;
            onChange((before) => ({ ...before, query }));
          }}
        />
      </div>
      <FilterChoices
        staff={staff}
        role={filters.role}
        team={filters.team}
        show={filters.show}
        today={today}
        onChange={onChange}
      />
    </search>
  );
}

interface FilterChoicesProps {
  staff: readonly StaffRecord[];
  role: string;
  team: string;
  show: ShowOption;
  today: string;
  onChange: Dispatch<SetStateAction<StaffFilterState>>;
}

const FilterChoices = memo(function FilterChoices({
  staff,
  role,
  team,
  show,
  today,
  onChange,
}: FilterChoicesProps) {
  const roles = useMemo(() => rolesInUse(staff), [staff]);
  const teams = useMemo(() => teamsInUse(staff), [staff]);
  const counts = useMemo(
    () =>
      new Map(
        showOptions.map((option) => [option, staff.filter((m) => matchesShow(m, option, today)).length]),
      ),
    [staff, today],
  );
  const setRole = useCallback(
    (value: string) => onChange((before) => ({ ...before, role: value })),
    [onChange],
  );
  const setTeam = useCallback(
    (value: string) => onChange((before) => ({ ...before, team: value })),
    [onChange],
  );

  return (
    <>
      <SelectFilter
        id="staffRoleFilter"
        label="Role"
        value={role}
        anyLabel="All roles"
        options={roles}
        onChange={setRole}
      />
      {teams.length > 0 && (
        <SelectFilter
          id="staffTeamFilter"
          label="Team"
          value={team}
          anyLabel="All teams"
          options={teams}
          onChange={setTeam}
        />
      )}
      <div className="filters__field">
        <label htmlFor="staffShowFilter" className="field__label">
          Show
        </label>
        <select
          id="staffShowFilter"
          className="input"
          value={show}
          onChange={(event) => {
            const value = event.target.value;
            if (isShowOption(value)) onChange((before) => ({ ...before, show: value }));
          }}
        >
          {showOptions.map((option) => (
            <option key={option} value={option}>
              {showLabels[option]} ({counts.get(option) ?? 0})
            </option>
          ))}
        </select>
      </div>
    </>
  );
});
