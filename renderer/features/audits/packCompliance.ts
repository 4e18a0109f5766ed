/**
 * The compliance summary the inspection pack prints: exactly the dashboard's (the same query and
 * shared rules), so the pack and the screen never give an inspector two different figures.
 */
import type { ComplianceSummary } from '../../../shared/compliance/complianceRow';
import { loadDashboard } from '../../db/complianceQueries';
import type { AppDatabase } from '../../db/database';

export async function packComplianceSummary(db: AppDatabase, today: string): Promise<ComplianceSummary> {
  return (await loadDashboard(db, today)).summary;
}
