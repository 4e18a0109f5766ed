/**
 * What main checks and puts right once per run, before the manager relies on anything: the
 * audit log is read and its chain checked (a torn last entry set aside and the repair logged),
 * temp files left by interrupted writes are removed, and destructions the log records but that
 * stopped part-way are finished. The renderer shows what was found on the dashboard.
 */
import type { StartupCheck } from '../../shared/ipc';
import type { DocumentServices } from './handlerTypes';
import { finishRecordedDestroys } from './recordsHandlers';

export async function runStartupCheck({ vault, audit }: DocumentServices): Promise<StartupCheck> {
  const report = await audit.open();
  const removedTempFiles = await vault.removeTempFiles();
  const finishedDestroys = await finishRecordedDestroys({ vault, audit });
  return {
    auditLog: {
      intact: report.check.intact,
      problems: report.check.problems,
      count: report.check.count,
      repairedTornTail: report.repairedTornTail,
    },
    removedTempFiles,
    finishedDestroys,
  };
}
