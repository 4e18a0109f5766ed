/**
 * A sealed appraisal is kept for years, so it is written as PDF/A-3b with pdfkit's own support
 * (the XMP pdfaid identification, an sRGB output intent; our fonts are always embedded) and
 * carries the record it shows: the sealed canonical JSON, attached as PDF/A-3 associated data.
 */
import type {} from './pdfkitInternals';

/** pdfkit writes XMP only for a version above 1.3. */
export const pdfA3bOptions = {
  subset: 'PDF/A-3b',
  pdfVersion: '1.7',
} as const satisfies PDFKit.PDFDocumentOptions;

/** The attached record's name, as a PDF reader's attachments panel lists it. */
const recordAttachmentName = 'record.json';

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const xmlText = (text: string): string => text.replace(/[&<>"]/g, (c) => xmlEntities[c] ?? c);
const xmpDate = (moment: Date): string => `${moment.toISOString().split('.')[0] ?? ''}Z`;

/**
 * PDF/A needs the info dictionary and the XMP to say the same. pdfkit's XMP leaves out the
 * modification date and copies names into the XML unescaped (a home called "Smith & Jones"
 * would break it), so the sealed PDF writes that part of the XMP itself, from the same info.
 */
export function writeInfoAsXmp(doc: PDFKit.PDFDocument): void {
  doc._addInfo = () => {
    const { info } = doc;
    const dates = [
      info.CreationDate === undefined ? '' : `<xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>`,
      info.ModDate === undefined ? '' : `<xmp:ModifyDate>${xmpDate(info.ModDate)}</xmp:ModifyDate>`,
    ].join('');
    const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xmlText(text)}</rdf:li></rdf:Alt>`;
    doc.appendXML(
      [
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
        dates,
        info.Creator === undefined ? '' : `<xmp:CreatorTool>${xmlText(info.Creator)}</xmp:CreatorTool>`,
        '</rdf:Description>',
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        info.Title === undefined ? '' : `<dc:title>${alt(info.Title)}</dc:title>`,
        info.Author === undefined
          ? ''
          : `<dc:creator><rdf:Seq><rdf:li>${xmlText(info.Author)}</rdf:li></rdf:Seq></dc:creator>`,
        info.Subject === undefined ? '' : `<dc:description>${alt(info.Subject)}</dc:description>`,
        '</rdf:Description>',
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
        info.Producer === undefined ? '' : `<pdf:Producer>${xmlText(info.Producer)}</pdf:Producer>`,
        '</rdf:Description>',
      ].join('\n'),
    );
  };
}

/**
 * Attaches the sealed record: exactly the canonical JSON whose SHA-256 is the fingerprint on
 * every page, dated with the seal time (a Buffer has no file dates, and PDF/A-3 wants them).
 */
export function attachRecord(doc: PDFKit.PDFDocument, canonicalJson: string, sealedAt: Date): void {
  doc.file(Buffer.from(canonicalJson, 'utf8'), {
    name: recordAttachmentName,
    type: 'application/json',
    relationship: 'Data',
    description:
      'The sealed appraisal record (canonical JSON). Its SHA-256 is the fingerprint printed on every page.',
    creationDate: sealedAt,
    modifiedDate: sealedAt,
  });
}
