import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { InvalidInputError } from '../../../renderer/db/repositoryErrors';
import { saveSettings, settingsFormFrom } from '../../../renderer/db/homeSettingsForm';
import { getSettings } from '../../../renderer/db/settingsRepository';
import type { HomeSettingsFormInput } from '../../../shared/settings/homeSettings';
import { disposeDatabase, freshDatabase } from './freshDatabase';

let db: AppDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => disposeDatabase(db));

const validForm: HomeSettingsFormInput = {
  homeName: 'Rosewood House',
  address: '12 Mill Lane\nLeeds\nLS1 4AB',
  registeredManager: 'María José Núñez',
  cqcLocationId: '1-123456789',
  appraisalIntervalMonths: '12',
};
const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('care home settings', () => {
  it('has no settings before first-run setup', async () => {
    expect(await getSettings(db)).toBeUndefined();
    expect(settingsFormFrom(undefined).appraisalIntervalMonths).toBe('12');
  });

  it('saves the details as typed (NFC, trimmed) with a six-year retention default', async () => {
    await saveSettings(
      db,
      { ...validForm, homeName: ' Dom Łąka '.normalize('NFD'), appraisalIntervalMonths: '6' },
      null,
    );
    const stored = await getSettings(db);
    expect(stored).toMatchObject({
      key: 'home',
      homeName: 'Dom Łąka',
      address: '12 Mill Lane\nLeeds\nLS1 4AB',
      registeredManager: 'María José Núñez',
      appraisalIntervalMonths: 6,
      retentionYearsAfterLeaving: 6,
      logo: null,
    });
    expect(settingsFormFrom(stored)).toEqual({
      ...validForm,
      homeName: 'Dom Łąka',
      appraisalIntervalMonths: '6',
    });
  });

  it('stores the logo bytes, taking the picture type from the bytes not the label', async () => {
    await saveSettings(db, validForm, { mediaType: 'image/jpeg', bytes: pngBytes, fileName: 'logo.jpg' });
    const logo = (await getSettings(db))?.logo;
    expect(logo?.mediaType).toBe('image/png');
    expect(Array.from(logo?.bytes ?? [])).toEqual(Array.from(pngBytes));
  });

  it('refuses a file that is not a picture and writes nothing', async () => {
    const notAPicture = new TextEncoder().encode('%PDF-1.7');
    await expect(
      saveSettings(db, validForm, { mediaType: 'image/png', bytes: notAPicture, fileName: 'logo.png' }),
    ).rejects.toMatchObject({
      fieldErrors: {
        logo: 'That file is not a PNG or JPEG picture. Save your logo as PNG or JPEG and try again.',
      },
    });
    expect(await getSettings(db)).toBeUndefined();
  });

  it('refuses invalid details with plain-English messages and writes nothing', async () => {
    const attempt = saveSettings(
      db,
      { ...validForm, homeName: ' ', cqcLocationId: 'ABC', appraisalIntervalMonths: '0' },
      null,
    );
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: {
        homeName: 'Enter the name of the care home.',
        cqcLocationId:
          'A CQC location ID looks like 1-123456789. Leave it empty if you do not have it to hand.',
        appraisalIntervalMonths: 'Appraisals must be at least 1 month apart.',
      },
    });
    expect(await getSettings(db)).toBeUndefined();
  });

  it('keeps a retention period set elsewhere when the other details are saved', async () => {
    const first = await saveSettings(db, validForm, null);
    await db.settings.put({ ...first, retentionYearsAfterLeaving: 10 });
    await saveSettings(db, { ...validForm, homeName: 'Rosewood' }, null);
    expect(await getSettings(db)).toMatchObject({ homeName: 'Rosewood', retentionYearsAfterLeaving: 10 });
  });
});
