/**
 * The shapes stored in each table. Staff, settings and appraisals use the shared domain
 * types. (The audit log is main's file, not a table here.)
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import type { Framework } from '../../shared/framework/frameworkSchema';
import type { HomeSettings } from '../../shared/settings/homeSettings';
import type { StaffMember } from '../../shared/staff/staffMember';

export type SettingsRecord = HomeSettings;

/** A member of staff as stored: the domain record plus a matching key for the name index. */
export interface StaffRecord extends StaffMember {
  /** `nameKey(fullName)`: case-, accent- and punctuation-blind; never shown. */
  nameKey: string;
}

/**
 * A home's framework version. The built-in framework is not stored: it ships in the code.
 * A published version is never modified (appraisals pin it); editing makes a new draft version.
 */
export interface FrameworkRecord {
  /** `${frameworkId}@${version}` */
  id: string;
  /** The same framework across its versions (a home's copy of the built-in one). */
  frameworkId: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  framework: Framework;
  createdAt: string;
  /** When it became the version new appraisals use; null while a draft. */
  publishedAt: string | null;
}

/**
 * An appraisal as stored: the domain record, with the fields the indexes need copied to the
 * top level on every write (`appraisalRecord.ts`). Empty dates are stored as null, because
 * IndexedDB indexes '' (it would sort before every date) but leaves null out of the index.
 */
export type AppraisalRecord = Omit<Appraisal, 'nextDueDate'> & {
  /** `header.meetingDate`, or null while empty. */
  meetingDate: string | null;
  /** `nextDueDate`, or null while empty; `fromAppraisalRecord` turns it back into ''. */
  nextDueDate: string | null;
  /** `header.appraiserName`. */
  appraiserName: string;
};
