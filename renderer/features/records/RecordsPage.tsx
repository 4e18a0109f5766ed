/**
 * Records: every appraisal the home holds (signed and replaced versions; drafts when asked),
 * filtered and sorted, each opening its document. The filters live in the address, so the
 * dashboard can open a filtered list and Back returns to it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { appraisalStatuses } from '../../../shared/appraisal/appraisal';
import { useDatabase } from '../../app/databaseContext';
import { PageHeading } from '../../components/PageHeading';
import { todayIso } from '../../components/today';
import { listNewestRecords, listRecords } from '../../db/recordsQueries';
import {
  defaultRecordSort,
  filterRecords,
  hasRecordFilters,
  noRecordFilters,
  sortRecords,
  type RecordFilterState,
  type RecordSort,
} from './recordFilters';
import { recordsCsv } from '../../../shared/records/recordsCsv';
import { RecordsFiltersBar } from './RecordsFiltersBar';
import { RecordsTable } from './RecordsTable';
import { SaveCsvButton } from '../../components/SaveCsvButton';
import './records.css';

/** Rows shown while the whole list loads: two screenfuls on a large monitor, newest first. */
const firstRowsShown = 30;

const filterKeys = Object.keys(noRecordFilters) as (keyof RecordFilterState)[];

function filtersFrom(params: URLSearchParams): RecordFilterState {
  const status = appraisalStatuses.find((s) => s === params.get('status')) ?? 'any';
  return {
    person: params.get('person') ?? '',
    team: params.get('team') ?? '',
    role: params.get('role') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    status,
    appraiser: params.get('appraiser') ?? '',
  };
}

function paramsFrom(filters: RecordFilterState, includeDrafts: boolean): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    if (filters[key] !== noRecordFilters[key]) params.set(key, filters[key]);
  }
  if (includeDrafts) params.set('drafts', 'yes');
  return params;
}

function appraisalsCount(n: number): string {
  return n === 1 ? '1 appraisal' : `${n.toLocaleString('en-GB')} appraisals`;
}

export function RecordsPage() {
  const db = useDatabase();
  const [params, setParams] = useSearchParams();
  // Local state answers each key press at once; the address follows it (replace, so Back
  // leaves the page rather than undoing a filter) and is where a link or Back restores it from.
  const [filters, setFilters] = useState<RecordFilterState>(() => filtersFrom(params));
  const [draftsWanted, setDraftsWanted] = useState(() => params.get('drafts') === 'yes');
  const includeDrafts = draftsWanted || filters.status === 'draft';
  const [sort, setSort] = useState<RecordSort>(defaultRecordSort);
  // On a large home the whole list takes a moment: the newest show first, in the default order.
  const newest = useLiveQuery(() => listNewestRecords(db, firstRowsShown), [db]);
  // The whole list is read once the newest are in, so the two reads never compete for the first rows.
  // Drafts are always read and hidden here, so ticking the box never empties the screen mid-read.
  const newestIn = newest !== undefined;
  const allRows = useLiveQuery(
    () => (newestIn ? listRecords(db, { includeDrafts: true }) : undefined),
    [db, newestIn],
  );
  const loading = allRows === undefined;
  const rows = useMemo(
    () =>
      allRows === undefined
        ? newest
        : includeDrafts
          ? allRows
          : allRows.filter((row) => row.status !== 'draft'),
    [allRows, newest, includeDrafts],
  );
  const visible = useMemo(
    () => (rows === undefined ? [] : sortRecords(filterRecords(rows, filters), sort)),
    [rows, filters, sort],
  );
  useEffect(() => {
    setParams(paramsFrom(filters, draftsWanted), { replace: true });
  }, [filters, draftsWanted, setParams]);
  const update = (next: RecordFilterState, drafts = draftsWanted) => {
    setFilters(next);
    setDraftsWanted(drafts);
  };

  return (
    <>
      <div className="page-header">
        <PageHeading title="Records" />
        <SaveCsvButton
          label="Export this list as CSV"
          suggestedName={`appraisal-records-${todayIso()}.csv`}
          buildCsv={() => recordsCsv(visible)}
          disabled={loading || visible.length === 0}
        />
      </div>
      <p className="lead">
        Every appraisal kept for the home. Signed documents and the versions amendments replaced are kept for
        good; open one to see its document, check it and see its versions.
      </p>
      {!loading && rows !== undefined && rows.length === 0 && !includeDrafts ? (
        <div className="empty-state">
          <h2>No signed appraisals yet</h2>
          <p>When an appraisal is signed by both people, it is listed here with its document.</p>
        </div>
      ) : (
        rows !== undefined && (
          <>
            <RecordsFiltersBar rows={rows} filters={filters} onChange={(next) => update(next)} />
            <label className="checkbox-inline">
              <input
                type="checkbox"
                checked={includeDrafts}
                disabled={filters.status === 'draft'}
                onChange={(e) => update(filters, e.target.checked)}
              />{' '}
              Include drafts in progress
            </label>
            {loading && visible.length === 0 ? (
              <p className="muted">Loading the rest of the records…</p>
            ) : visible.length === 0 ? (
              <div className="empty-state">
                <h2>No appraisals match</h2>
                <p>Check the spelling, or clear the filters.</p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => update(noRecordFilters, false)}
                >
                  Clear the filters
                </button>
              </div>
            ) : (
              <>
                {hasRecordFilters(filters) && (
                  <button type="button" className="button-link" onClick={() => update(noRecordFilters)}>
                    Clear the filters
                  </button>
                )}
                <RecordsTable
                  rows={visible}
                  caption={
                    loading
                      ? `Showing the newest ${appraisalsCount(visible.length)}; the rest are loading`
                      : `Showing ${appraisalsCount(visible.length)}${rows.length === visible.length ? '' : ` of ${rows.length.toLocaleString('en-GB')}`}`
                  }
                  sort={sort}
                  onSort={setSort}
                />
              </>
            )}
          </>
        )
      )}
    </>
  );
}
