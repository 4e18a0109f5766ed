/**
 * What main checks and puts right once per run, before the manager relies on anything: the
 * audit log is read and its chain checked (a torn last entry set aside and the repair logged),
 * temp files left by interrupted writes are removed, and destructions the log records but that
 * stopped part-way are finished. The renderer shows what was found on the dashboard.
 */
import type { StartupCheck } from '../../shared/ipc';
import type { DocumentServices } from './handlerTypes';
import { finishRecordedDestroys } from './recordsHandlers';

/** Each step is tried on its own: one that fails is said plainly and does not hide the others. */
export async function runStartupCheck({ vault, audit }: DocumentServices): Promise<StartupCheck> {
  const report = await audit.open();
  const problems: string[] = [];
  const code = (error: unknown) => {
    const found = (error as NodeJS.ErrnoException | null)?.code;
    return typeof found === 'string' ? ` (${found})` : '';
  };
  let removedTempFiles = 0;
  try {
    removedTempFiles = await vault.removeTempFiles();
  } catch (error) {
    problems.push(
      `Some temporary files left by an interrupted save could not be removed${code(error)}. They do no harm; restart Care Appraisals to try again.`,
    );
  }
  let finishedDestroys = 0;
  try {
    finishedDestroys = await finishRecordedDestroys({ vault, audit });
  } catch (error) {
    problems.push(
      `A destruction of records that stopped part-way could not be finished${code(error)}. It is recorded; open Audits and retention and press Destroy again for that person, or restart Care Appraisals.`,
    );
  }
  return {
    auditLog: {
      intact: report.check.intact,
      problems: report.check.problems,
      count: report.check.count,
      repairedTornTail: report.repairedTornTail,
    },
    removedTempFiles,
    finishedDestroys,
    problems,
  };
}
