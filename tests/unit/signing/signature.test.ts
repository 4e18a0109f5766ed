/**
 * A signature's rules by method (drawn, typed, on paper) and the drawn image's checks, each
 * refusal in plain English.
 */
import { describe, expect, it } from 'vitest';
import {
  appraisalSignaturesSchema,
  maxSignatureImageBase64Length,
  signatureSchema,
  type Signature,
} from '../../../shared/signing/signature';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { drawnSignature, tinyPngBase64, typedSignature } from '../documents/signedAppraisalFixture';

const paperSignature: Signature = {
  ...typedSignature,
  party: 'appraisee',
  fullName: 'Ștefan Țurcanu',
  role: 'Care assistant',
  method: 'paper',
  typedName: '',
  paperSignedOn: '2026-03-14',
};

function messagesOf(value: unknown): string[] {
  const result = signatureSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('a valid signature of each kind', () => {
  it.each([
    ['drawn', drawnSignature],
    ['typed', typedSignature],
    ['paper', paperSignature],
  ])('%s is accepted and kept exactly as given', (_method, signature) => {
    expect(signatureSchema.parse(signature)).toEqual(signature);
  });
});

describe('each method has its own rules', () => {
  const cases: readonly (readonly [label: string, signature: unknown, message: string])[] = [
    ['drawn without an image', { ...drawnSignature, image: null }, 'A drawn signature needs its image.'],
    [
      'drawn with a typed name as well',
      { ...drawnSignature, typedName: 'Nguyễn Thị Hoa' },
      'Only a typed signature has a typed name.',
    ],
    [
      'drawn with a paper date as well',
      { ...drawnSignature, paperSignedOn: '2026-03-12' },
      'Only a paper signature has a paper date.',
    ],
    ['typed without a name', { ...typedSignature, typedName: '' }, 'Type the full name to sign.'],
    ['typed with only spaces', { ...typedSignature, typedName: '   ' }, 'Type the full name to sign.'],
    [
      'typed with an image as well',
      { ...typedSignature, image: drawnSignature.image },
      'Only a drawn signature has an image.',
    ],
    [
      'typed with a paper date as well',
      { ...typedSignature, paperSignedOn: '2026-03-12' },
      'Only a paper signature has a paper date.',
    ],
    [
      'paper without a date',
      { ...paperSignature, paperSignedOn: '' },
      'Enter the date it was signed on paper.',
    ],
    [
      'paper with a typed name as well',
      { ...paperSignature, typedName: 'Ștefan Țurcanu' },
      'Only a typed signature has a typed name.',
    ],
    [
      'paper with an image as well',
      { ...paperSignature, image: drawnSignature.image },
      'Only a drawn signature has an image.',
    ],
    [
      'paper with an impossible date',
      { ...paperSignature, paperSignedOn: '2026-02-30' },
      'Enter a real date.',
    ],
    [
      'paper with a British-style date',
      { ...paperSignature, paperSignedOn: '14/03/2026' },
      'Enter a real date.',
    ],
  ];

  it.each(cases)('%s is refused', (_label, signature, message) => {
    expect(messagesOf(signature)).toContain(message);
  });
});

describe('who signs', () => {
  it('needs a full name and a role, not just spaces', () => {
    expect(messagesOf({ ...typedSignature, fullName: '' })).toContain(
      'Enter the full name of the person signing.',
    );
    expect(messagesOf({ ...typedSignature, fullName: '   ' })).toContain(
      'Enter the full name of the person signing.',
    );
    expect(messagesOf({ ...typedSignature, role: '' })).toContain('Enter the role of the person signing.');
    expect(messagesOf({ ...typedSignature, role: ' \t' })).toContain('Enter the role of the person signing.');
  });

  it('needs a signing time with its offset, the statement and a known party and method', () => {
    expect(messagesOf({ ...typedSignature, signedAt: '2026-03-12 11:45' })).not.toEqual([]);
    expect(messagesOf({ ...typedSignature, signedAt: '2026-03-12T11:45:00' })).not.toEqual([]);
    expect(messagesOf({ ...typedSignature, statement: '' })).not.toEqual([]);
    expect(messagesOf({ ...typedSignature, party: 'witness' })).not.toEqual([]);
    expect(messagesOf({ ...typedSignature, method: 'stamped' })).not.toEqual([]);
  });

  it('keeps names exactly as typed, whatever the alphabet', () => {
    for (const fullName of [
      'Łucja Wąsowska',
      'Chiamaka Okonkwo-Ìbèkwè',
      'María José Núñez',
      'Nguyễn Thị Hoa',
    ]) {
      expect(signatureSchema.parse({ ...typedSignature, fullName, typedName: fullName })).toMatchObject({
        fullName,
        typedName: fullName,
      });
    }
  });
});

describe('the drawn image', () => {
  function withImage(change: Partial<NonNullable<Signature['image']>>): unknown {
    if (!drawnSignature.image) throw new Error('fixture has no image');
    return { ...drawnSignature, image: { ...drawnSignature.image, ...change } };
  }

  it('refuses text that is not base64', () => {
    for (const pngBase64 of [
      `data:image/png;base64,${tinyPngBase64}`,
      'iVBORw0KGgo AAAA',
      'iVBORw0KGgo\nAAAA',
      'iVBORw0KGgo-_AA', // base64url alphabet
      'iVBO=RwA',
    ]) {
      expect(messagesOf(withImage({ pngBase64 })), pngBase64).toContain(
        'The drawn signature is not a valid image.',
      );
    }
    expect(messagesOf(withImage({ pngBase64: '' }))).not.toEqual([]);
  });

  it('refuses base64 of an impossible length or with misplaced padding', () => {
    for (const pngBase64 of ['iVBORw0KG', 'iVBORw0KGg=', 'iVBORw0K=', 'iVBORw0KGg===', '====']) {
      expect(messagesOf(withImage({ pngBase64 })), pngBase64).toContain(
        'The drawn signature is not a valid image.',
      );
    }
  });

  it('accepts base64 with either padding length', () => {
    for (const pngBase64 of ['iVBORw0KGgo=', 'iVBORw0KGg==', 'iVBORw0KGgoA']) {
      expect(messagesOf(withImage({ pngBase64 })), pngBase64).toEqual([]);
    }
  });

  it('refuses an image larger than a signature could need, and accepts one just under the limit', () => {
    const justUnder = 'A'.repeat(maxSignatureImageBase64Length);
    expect(messagesOf(withImage({ pngBase64: justUnder }))).toEqual([]);
    const over = 'A'.repeat(maxSignatureImageBase64Length + 4);
    expect(messagesOf(withImage({ pngBase64: over }))).toContain('The drawn signature is too large to keep.');
  });

  it('refuses a hash that is not 64 lower-case hex digits', () => {
    const good = sha256Hex('png');
    for (const sha256 of ['', good.slice(1), good.toUpperCase(), `${good}0`, good.replace(/^./, 'g')]) {
      expect(messagesOf(withImage({ sha256 })), sha256).not.toEqual([]);
    }
  });

  it('refuses a size that is not a positive drawing size', () => {
    for (const size of [{ width: 0 }, { height: -10 }, { width: 4001 }, { height: Number.NaN }]) {
      expect(messagesOf(withImage(size)), JSON.stringify(size)).not.toEqual([]);
    }
  });
});

describe('the two signature places on an appraisal', () => {
  it('accepts none, the appraisee alone, or both', () => {
    for (const signatures of [
      { appraisee: null, appraiser: null },
      { appraisee: drawnSignature, appraiser: null },
      { appraisee: drawnSignature, appraiser: typedSignature },
    ]) {
      expect(appraisalSignaturesSchema.safeParse(signatures).success).toBe(true);
    }
  });

  it("refuses a signature in the other party's place", () => {
    const result = appraisalSignaturesSchema.safeParse({ appraisee: typedSignature, appraiser: null });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      "This is the appraiser's signature, not the member of staff's.",
    );
    expect(
      appraisalSignaturesSchema.safeParse({
        appraisee: drawnSignature,
        appraiser: { ...typedSignature, party: 'appraisee' },
      }).success,
    ).toBe(false);
  });
});
