/** The staff register as a CSV for the provider's spreadsheets: the people the filters show. */
import { toCsv } from '../../../shared/csv/csv';
import type { RegisterStanding } from '../../db/complianceQueries';
import type { StaffRecord } from '../../db/records';
import { staffStatusOn } from '../../components/staffStatus';

const header = [
  'Name',
  'Preferred name',
  'Role',
  'Team',
  'Start date',
  'Leaving date',
  'Status',
  'Last signed appraisal',
  'Next due',
] as const;

/** Dates stay ISO (YYYY-MM-DD) so every spreadsheet reads them as dates, whatever its locale. */
export function registerCsv(
  people: readonly StaffRecord[],
  standings: ReadonlyMap<string, RegisterStanding>,
  today: string,
): string {
  return toCsv(
    header,
    people.map((member) => {
      const standing = standings.get(member.id);
      return [
        member.fullName,
        member.preferredName,
        member.role,
        member.team,
        member.startDate,
        member.leavingDate ?? '',
        staffStatusOn(member, today).kind === 'left' ? 'Leaver' : 'Active',
        standing?.lastSigned ?? '',
        standing?.nextDue ?? '',
      ];
    }),
  );
}
