/**
 * The sealed PDF is PDF/A-3b and carries the record it shows; a draft is none of these. No PDF/A
 * validator (veraPDF) runs here, so these check, with poppler and in the file itself, the parts
 * of PDF/A-3b the app is responsible for: the version and XMP identification, the info
 * dictionary and XMP agreeing, embedded fonts, the sRGB output intent, the attached record as
 * an associated file, and a signature field PDF/A allows.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/integrity/canonicalJson';
import { sampleDocument } from '../../fixtures/sampleDocument';
import { attachedFile, popplerSays, renderSample } from './pdfTestKit';

const slow = { timeout: 120_000 };
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('the sealed PDF as PDF/A-3b', () => {
  it(
    'is PDF 1.7 and says PDF/A-3 conformance B in its XMP, with the info dictionary’s dates',
    slow,
    async () => {
      const pdf = await renderSample(sampleDocument());
      expect(await popplerSays('pdfinfo', [], pdf)).toMatch(/^PDF version:\s+1\.7$/m);
      const info = await popplerSays('pdfinfo', ['-isodates'], pdf);
      expect(info).toMatch(/^CreationDate:\s+2026-03-12T14:20:00Z$/m);
      expect(info).toMatch(/^ModDate:\s+2026-03-12T14:20:00Z$/m);
      const xmp = await popplerSays('pdfinfo', ['-meta'], pdf);
      expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
      expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
      // PDF/A wants the XMP to say what the info dictionary says, the modification date included.
      expect(xmp).toContain('<xmp:CreateDate>2026-03-12T14:20:00Z</xmp:CreateDate>');
      expect(xmp).toContain('<xmp:ModifyDate>2026-03-12T14:20:00Z</xmp:ModifyDate>');
      expect(xmp).toContain('Staff appraisal: Nguyễn Thị Hoa (appraisal-complete-1-v1)</rdf:li>');
      expect(xmp).toContain('<rdf:li>Willow Bank Care Home</rdf:li>');
      expect(xmp).toContain('<pdf:Producer>Care Appraisals</pdf:Producer>');
      // The binary comment after the header, and nothing after the last %%EOF.
      const bytes = Buffer.from(pdf);
      expect(latin1(bytes.subarray(0, 10))).toBe('%PDF-1.7\n%');
      expect([...bytes.subarray(10, 14)].every((byte) => byte > 127)).toBe(true);
      expect(latin1(bytes.subarray(-6))).toBe('\n%%EOF');
    },
  );

  it(
    'writes names in the XMP as XML text, so a home called "Smith & Jones" keeps it well formed',
    slow,
    async () => {
      const pdf = await renderSample(sampleDocument({ home: { name: 'Smith & Jones <Care> "Homes"' } }));
      const xmp = await popplerSays('pdfinfo', ['-meta'], pdf);
      expect(xmp).toContain('<rdf:li>Smith &amp; Jones &lt;Care&gt; &quot;Homes&quot;</rdf:li>');
      expect(xmp).not.toContain('Smith & Jones');
      // The info dictionary keeps the name as it is.
      expect(await popplerSays('pdfinfo', [], pdf)).toMatch(/^Author:\s+Smith & Jones <Care> "Homes"$/m);
    },
  );

  it('embeds every font and carries the sRGB output intent', slow, async () => {
    const pdf = await renderSample(sampleDocument());
    const fonts = (await popplerSays('pdffonts', [], pdf)).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    // name, type (two words), encoding, then emb sub uni: every font embedded (as a subset).
    for (const font of fonts) expect(font.split(/\s+/).slice(4, 6), font).toEqual(['yes', 'yes']);
    const raw = latin1(pdf);
    expect(raw).toContain('/Type /OutputIntent\n/S /GTS_PDFA1');
    expect(raw).toContain('/OutputConditionIdentifier (sRGB IEC61966-2.1)');
  });

  it('attaches record.json, byte for byte the canonical JSON the fingerprint is taken of', slow, async () => {
    const document = sampleDocument();
    const pdf = await renderSample(document);
    expect(await popplerSays('pdfdetach', ['-list'], pdf)).toBe('1 embedded files\n1: record.json\n');
    const attached = await attachedFile(pdf, 1);
    expect(attached.equals(Buffer.from(canonicalJson(document), 'utf8'))).toBe(true);
    // An associated file of the whole document (PDF/A-3), typed, described and dated at the seal.
    const raw = latin1(pdf);
    expect(raw).toMatch(/\/Type \/Filespec\n\/AFRelationship \/Data\n\/F \(record\.json\)/);
    expect(raw).toContain('/UF (record.json)\n/Desc (The sealed appraisal record');
    expect(raw).toContain('/Subtype /application#2Fjson');
    expect(raw).toContain('/Params <<\n/CreationDate (D:20260312142000Z)\n/ModDate (D:20260312142000Z)');
    expect(raw).toMatch(/\/Type \/Catalog\n[^]*?\/AF \[\d+ 0 R\]/);
  });

  it('has a signature field PDF/A allows: printed, no area, no NeedAppearances', slow, async () => {
    const raw = latin1(await renderSample(sampleDocument()));
    expect(raw).toContain('/Subtype /Widget\n/FT /Sig\n/F 4\n/Rect [0 0 0 0]');
    expect(raw).toMatch(/\/Fields \[\d+ 0 R\]\n\/SigFlags 3\n\/DR/);
    expect(raw).not.toContain('NeedAppearances');
  });

  it('leaves a draft as it was: PDF 1.3, no XMP, nothing attached, not signed', slow, async () => {
    const draft = await renderSample(sampleDocument({ signed: 'appraisee' }), { draft: true });
    expect(await popplerSays('pdfinfo', [], draft)).toMatch(/^PDF version:\s+1\.3$/m);
    expect(await popplerSays('pdfinfo', ['-meta'], draft)).toBe('');
    expect(await popplerSays('pdfdetach', ['-list'], draft)).toBe('0 embedded files\n');
    expect(await popplerSays('pdfsig', [], draft, 2)).toContain('does not contain any signatures');
    expect(latin1(draft)).not.toContain('/ByteRange');
  });
});
