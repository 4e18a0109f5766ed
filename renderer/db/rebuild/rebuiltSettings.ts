/**
 * The home's settings brought back from the newest signed document, for a database that lost
 * them. The document prints the home's name, address and CQC location id; the rest is not in
 * any document, so it gets a stated default the outcome asks the manager to check:
 * - registered manager: the appraiser who countersigned the newest record (Settings needs a
 *   name, and the audit log shows it for home-wide work);
 * - appraisal interval: the app's default (12 months); every rebuilt record keeps its own next
 *   due date, so no one's standing depends on it;
 * - retention period: the default until `mirrorRecordFacts` brings back the one main recorded;
 * - logo: none (its bytes are not kept in the vault, only its fingerprint).
 */
import type { DocumentHome } from '../../../shared/documents/appraisalDocument';
import {
  defaultAppraisalIntervalMonths,
  defaultRetentionYearsAfterLeaving,
  homeSettingsSchema,
  type HomeSettings,
} from '../../../shared/settings/homeSettings';
import { homeSettingsKey } from '../settingsRepository';

/** What is kept of the newest signed document for the settings. */
export interface NewestHome {
  home: DocumentHome;
  appraiserName: string;
}

export function rebuiltSettings(newest: NewestHome, now: string): HomeSettings {
  return homeSettingsSchema.parse({
    key: homeSettingsKey,
    homeName: newest.home.name,
    address: newest.home.address,
    registeredManager: newest.appraiserName,
    cqcLocationId: newest.home.cqcLocationId,
    logo: null,
    appraisalIntervalMonths: defaultAppraisalIntervalMonths,
    retentionYearsAfterLeaving: defaultRetentionYearsAfterLeaving,
    updatedAt: now,
  } satisfies HomeSettings);
}
