/**
 * The shapes stored in each table. Staff and settings use the shared domain types; the
 * appraisal-side tables list only the fields their indexes need, because the issues that
 * build appraisals, frameworks and the audit log will widen them with their own schemas.
 */
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

export interface AppraisalRecord {
  id: string;
  staffId: string;
  status: string;
  meetingDate: string | null;
  nextDueDate: string | null;
  appraiserName: string;
  /** The signed appraisal this amendment replaces; both are kept. */
  supersedesId: string | null;
  updatedAt: string;
}

export interface AuditEventRecord {
  /** Position in the hash chain, assigned by the writer (not auto-incremented) so it can be hashed. */
  seq: number;
  at: string;
  action: string;
  entityId: string;
}
