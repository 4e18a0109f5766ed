/**
 * The compliance summary the inspection pack prints: every active member of staff's standing
 * today, worked out by the same shared rules the dashboard uses, from indexed reads.
 */
import { complianceRows, summarise } from '../../../shared/compliance/complianceStatus';
import type { ComplianceSummary } from '../../../shared/compliance/complianceRow';
import { defaultAppraisalIntervalMonths } from '../../../shared/settings/homeSettings';
import type { AppDatabase } from '../../db/database';
import { getSettings } from '../../db/settingsRepository';

export async function packComplianceSummary(db: AppDatabase, today: string): Promise<ComplianceSummary> {
  const [settings, staff, signed] = await db.transaction('r', db.settings, db.staff, db.appraisals, () =>
    Promise.all([
      getSettings(db),
      db.staff.orderBy('nameKey').toArray(),
      db.appraisals.where('status').equals('signed').toArray(),
    ]),
  );
  const interval = settings?.appraisalIntervalMonths ?? defaultAppraisalIntervalMonths;
  return summarise(complianceRows(staff, signed, interval, today), today);
}
