import { describe, expect, it } from 'vitest';
import { homeSettingsFormSchema } from '../../../shared/settings/homeSettings';
import { checkLogo, maxLogoBytes } from '../../../shared/settings/logo';

const form = {
  homeName: ' Maple House ',
  address: '1 High Street\nLeeds',
  registeredManager: 'Chiamaka Okonkwo-Ìbèkwè',
  cqcLocationId: '1-123456789',
  appraisalIntervalMonths: '12',
};

describe('care home settings', () => {
  it('accepts the details a home would type, trimmed', () => {
    const parsed = homeSettingsFormSchema.parse(form);
    expect(parsed.homeName).toBe('Maple House');
    expect(parsed.appraisalIntervalMonths).toBe(12);
  });

  it('explains a wrong CQC location ID and an impossible interval', () => {
    const result = homeSettingsFormSchema.safeParse({
      ...form,
      cqcLocationId: 'ABC',
      appraisalIntervalMonths: '0',
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]),
    );
    expect(byField.cqcLocationId).toMatch(/looks like 1-123456789/);
    expect(byField.appraisalIntervalMonths).toBe('Appraisals must be at least 1 month apart.');
  });

  it('lets the CQC location ID be left empty', () => {
    expect(homeSettingsFormSchema.safeParse({ ...form, cqcLocationId: '' }).success).toBe(true);
  });
});

describe('logo check', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]);

  it('recognises PNG and JPEG by their bytes', () => {
    expect(checkLogo(png)).toEqual({ ok: true, mediaType: 'image/png' });
    expect(checkLogo(jpeg)).toEqual({ ok: true, mediaType: 'image/jpeg' });
  });

  it('refuses other files, empty files and files over 1 MB with a reason', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7');
    expect(checkLogo(pdf)).toMatchObject({ ok: false, message: expect.stringMatching(/not a PNG or JPEG/) });
    expect(checkLogo(new Uint8Array())).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
    const big = new Uint8Array(maxLogoBytes + 1);
    big.set(png);
    expect(checkLogo(big)).toMatchObject({ ok: false, message: expect.stringMatching(/under 1 MB/) });
  });
});
