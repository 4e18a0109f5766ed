/**
 * The browser bench's page beside the app (tests/bench/browser/probe.html, same origin, so the
 * same IndexedDB and harness session): the app's own database class, queries and actions, built
 * for production, to seed the large home and to time reads and backups in real IndexedDB.
 * Node reaches it as `window.benchProbe` (see BenchProbe).
 */
import '../../harness/browserPreload';
import { backUp } from '../../../renderer/actions/backUp';
import { exportDatabase } from '../../../renderer/db/backup/exportDatabase';
import { appDatabaseName } from '../../../renderer/db/backup/storedDatabase';
import { loadDashboard } from '../../../renderer/db/complianceQueries';
import { AppDatabase } from '../../../renderer/db/database';
import type { AppraisalRecord, StaffRecord } from '../../../renderer/db/records';
import { listRecords } from '../../../renderer/db/recordsQueries';
import { loadTeamInsights } from '../../../renderer/db/teamProfileQueries';
import { harnessSessionHeader, harnessSessionStorageKey } from '../../harness/harnessProtocol';
import { plainCopyPath, seedPagePath } from './benchProtocol';

export interface SeedPage {
  staff: StaffRecord[];
  appraisals: AppraisalRecord[];
}

export interface TimedBytes {
  ms: number;
  bytes: number;
}

/** A backup, and what it cost this page's own thread: its long tasks (over 50 ms) meanwhile. */
export interface TimedBackup extends TimedBytes {
  longTasks: number;
  longTasksMs: number;
  longestTaskMs: number;
}

/** The reads the bench times: the dashboard's figure, its team profile, the records list. */
export type ProbeRead = 'dashboard' | 'teamInsights' | 'records';

export interface BenchProbe {
  /** Fetches `pages` pages of records from the bench server and writes each; the milliseconds writing took. */
  seed: (pages: number) => Promise<number>;
  counts: () => Promise<{ staff: number; appraisals: number }>;
  /** Times of repeated reads (after `warmUps` untimed ones), in milliseconds. */
  readTimes: (what: ProbeRead, today: string, warmUps: number, runs: number) => Promise<number[]>;
  /** The app's manual backup, end to end (export, chunks to main, ZIP, verify). */
  backUp: () => Promise<TimedBackup>;
  /** The floor for a backup: the same export, sent to main and written to a file as it is. */
  plainCopy: () => Promise<TimedBytes>;
}

const db = new AppDatabase(appDatabaseName());

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const task of list.getEntries()) longTasks.push({ start: task.startTime, duration: task.duration });
}).observe({ type: 'longtask' });

const reads = {
  dashboard: (today: string) => loadDashboard(db, today),
  teamInsights: (today: string) => loadTeamInsights(db, today),
  records: () => listRecords(db, { includeDrafts: true }),
};

const probe: BenchProbe = {
  async seed(pages) {
    let writing = 0;
    for (let page = 0; page < pages; page += 1) {
      const response = await fetch(`${seedPagePath}?page=${String(page)}`);
      // The bench server's own JSON: the large home's records, as the tables store them.
      const { staff, appraisals }: SeedPage = await response.json();
      const started = performance.now();
      await db.staff.bulkPut(staff);
      await db.appraisals.bulkPut(appraisals);
      writing += performance.now() - started;
    }
    return writing;
  },
  async counts() {
    return { staff: await db.staff.count(), appraisals: await db.appraisals.count() };
  },
  async readTimes(what, today, warmUps, runs) {
    const times: number[] = [];
    for (let i = 0; i < warmUps + runs; i += 1) {
      const started = performance.now();
      await reads[what](today);
      if (i >= warmUps) times.push(performance.now() - started);
    }
    return times;
  },
  async backUp() {
    const started = performance.now();
    const result = await backUp(db, 'manual');
    const ms = performance.now() - started;
    if (result.outcome !== 'saved') throw new Error(`The bench backup was not saved (${result.outcome}).`);
    // A long task is reported once it has ended: a moment for the last one to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const meanwhile = longTasks.filter((task) => task.start >= started && task.start < started + ms);
    return {
      ms,
      bytes: result.backup.bytes,
      longTasks: meanwhile.length,
      longTasksMs: meanwhile.reduce((sum, task) => sum + task.duration, 0),
      longestTaskMs: meanwhile.reduce((most, task) => Math.max(most, task.duration), 0),
    };
  },
  async plainCopy() {
    const started = performance.now();
    const blob = await exportDatabase(db);
    const response = await fetch(plainCopyPath, {
      method: 'POST',
      headers: { [harnessSessionHeader]: localStorage.getItem(harnessSessionStorageKey) ?? 'default' },
      body: blob,
    });
    if (!response.ok) throw new Error(`The plain copy was refused (${String(response.status)}).`);
    return { ms: performance.now() - started, bytes: blob.size };
  },
};

Object.defineProperty(window, 'benchProbe', { value: probe });
