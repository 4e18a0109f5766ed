/** The staff register as a CSV for the provider's spreadsheets: the people the filters show. */
import { complianceStatusLabels } from '../../../shared/compliance/complianceStatusNames';
import { toCsv } from '../../../shared/csv/csv';
import type { RegisterStanding } from '../../db/complianceQueries';
import type { StaffRecord } from '../../db/records';
import { daysText } from '../../components/daysText';

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
  'When due',
] as const;

/** The dashboard's words for where someone stands, and "Leaver" once they have gone. */
function statusText(standing: RegisterStanding | undefined): string {
  if (standing === undefined || standing.standing === 'leaver') return 'Leaver';
  return complianceStatusLabels[standing.standing];
}

/**
 * The due date in words. Someone never appraised is counted from their start date, which may be
 * years ago; saying so stops that date reading as a mistake.
 */
function whenDueText(standing: RegisterStanding | undefined): string {
  if (standing === undefined || standing.standing === 'leaver') return 'No longer due (left)';
  if (standing.nextDue === '') return 'No date: the last signed appraisal has no meeting date';
  const days = daysText(standing.daysUntilDue);
  if (standing.standing === 'never-appraised')
    return `First appraisal, counted from the start date: ${days.toLowerCase()}`;
  return days;
}

/** Dates stay ISO (YYYY-MM-DD) so every spreadsheet reads them as dates, whatever its locale. */
export function registerCsv(
  people: readonly StaffRecord[],
  standings: ReadonlyMap<string, RegisterStanding>,
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
        statusText(standing),
        standing?.lastSigned ?? '',
        standing?.nextDue ?? '',
        whenDueText(standing),
      ];
    }),
  );
}
