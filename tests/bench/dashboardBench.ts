/**
 * The dashboard's rules alone, in memory, on the large home the browser bench seeds
 * (browser/largeHome.ts): the compliance rows and summary for 500 staff from their signed
 * appraisals. The reads themselves are timed in real IndexedDB by the browser bench; this
 * says how much of the dashboard's time is the rules rather than the reads.
 */
import { complianceRows, summarise } from '../../shared/compliance/complianceStatus';
import { largeHomeAppraisals, largeHomeStaff } from './browser/largeHome';
import { measure, type Measurement } from './measure';

export async function benchmarkDashboard(): Promise<Measurement[]> {
  const today = new Date().toISOString().slice(0, 10);
  const staff = largeHomeStaff();
  const signed = largeHomeAppraisals(staff, today).filter((record) => record.status === 'signed');
  return [
    await measure(
      'Compliance rules',
      `rows and summary for 500 staff from ${signed.length.toLocaleString('en-GB')} signed appraisals (in memory)`,
      () => summarise(complianceRows(staff, signed, 12, today), today),
    ),
  ];
}
