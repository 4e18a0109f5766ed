/**
 * The care home's logo, printed on every appraisal. Checked by its bytes, not its file
 * name, so a renamed document or an oversized photo is refused with a reason.
 */
export const maxLogoBytes = 1024 * 1024;

type LogoMediaType = 'image/png' | 'image/jpeg';

export type LogoCheck = { ok: true; mediaType: LogoMediaType } | { ok: false; message: string };

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpegSignature = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0)
    return { ok: false, message: 'That file is empty. Choose a PNG or JPEG picture of your logo.' };
  if (bytes.length > maxLogoBytes) {
    const sizeMb = (bytes.length / (1024 * 1024)).toFixed(1);
    return {
      ok: false,
      message: `That picture is ${sizeMb} MB. Choose one under 1 MB (a logo rarely needs more than 200 KB).`,
    };
  }
  if (startsWith(bytes, pngSignature)) return { ok: true, mediaType: 'image/png' };
  if (startsWith(bytes, jpegSignature)) return { ok: true, mediaType: 'image/jpeg' };
  return {
    ok: false,
    message: 'That file is not a PNG or JPEG picture. Save your logo as PNG or JPEG and try again.',
  };
}
