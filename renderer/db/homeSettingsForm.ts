/**
 * The care home's settings form: its fields from the stored settings, and saving it. Saving
 * validates with the shared schemas and checks the logo by its bytes; invalid data is refused,
 * nothing written.
 */
import {
  defaultRetentionYearsAfterLeaving,
  homeSettingsFormSchema,
  homeSettingsSchema,
  type HomeSettings,
  type HomeSettingsFormInput,
  type Logo,
} from '../../shared/settings/homeSettings';
import { checkLogo } from '../../shared/settings/logo';
import type { AppDatabase } from './database';
import { InvalidInputError } from './repositoryErrors';
import { homeSettingsKey } from './settingsRepository';

/** The form's fields as the inputs hold them (all strings), for the settings form. */
export function settingsFormFrom(settings: HomeSettings | undefined): HomeSettingsFormInput {
  return {
    homeName: settings?.homeName ?? '',
    address: settings?.address ?? '',
    registeredManager: settings?.registeredManager ?? '',
    cqcLocationId: settings?.cqcLocationId ?? '',
    appraisalIntervalMonths: String(settings?.appraisalIntervalMonths ?? 12),
  };
}

export async function saveSettings(
  db: AppDatabase,
  form: HomeSettingsFormInput,
  logo: Logo | null,
): Promise<HomeSettings> {
  const parsed = homeSettingsFormSchema.safeParse(form);
  if (!parsed.success) throw InvalidInputError.fromZod(parsed.error);
  const checkedLogo = logo === null ? null : checkedLogoOrThrow(logo);

  return db.transaction('rw', db.settings, async () => {
    const existing = await db.settings.get(homeSettingsKey);
    const candidate = homeSettingsSchema.safeParse({
      key: homeSettingsKey,
      ...parsed.data,
      logo: checkedLogo,
      // Not editable yet; kept as it is so a later settings screen's choice survives a save.
      retentionYearsAfterLeaving: existing?.retentionYearsAfterLeaving ?? defaultRetentionYearsAfterLeaving,
      updatedAt: new Date().toISOString(),
    } satisfies HomeSettings);
    if (!candidate.success) throw InvalidInputError.fromZod(candidate.error);
    await db.settings.put(candidate.data);
    return candidate.data;
  });
}

/** The media type is taken from the bytes, never from the file name or the browser's guess. */
function checkedLogoOrThrow(logo: Logo): Logo {
  const check = checkLogo(logo.bytes);
  if (!check.ok) throw new InvalidInputError({ logo: check.message });
  return { ...logo, mediaType: check.mediaType };
}
