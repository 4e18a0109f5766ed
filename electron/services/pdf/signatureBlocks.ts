/**
 * The signature page part: the "read, not agreed" note once, then one block per party,
 * appraisee first. A block shows the drawn image, the typed-name attestation or the date it
 * was signed on paper, then name, role and when. A party who has not signed gets blank lines
 * to sign on paper.
 */
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { signingParties, type Signature, type SigningParty } from '../../../shared/signing/signature';
import {
  readNotAgreedNote,
  signingPartyLabels,
  signingStatements,
} from '../../../shared/signing/signingWording';
import { formatFingerprint } from '../../../shared/documents/fingerprint';
import { flattenPng } from './flattenPng';
import { formatSignedAt, printedDate } from './pdfDates';
import type { AppraisalPdfSeal } from './pdfTypes';
import type { PdfWriter } from './pdfWriter';
import { sectionHeading } from './sectionHeading';
import { colour, contentWidth, page, size } from './pdfStyle';

const blockHeight = 168;
const signatureArea = { width: 220, height: 58 } as const;
const inner = contentWidth - 20;

export function drawSignatureBlocks(
  writer: PdfWriter,
  document: AppraisalDocument,
  seal: AppraisalPdfSeal | null,
): void {
  // Both blocks and the note share one page, so neither signature is read without the note.
  sectionHeading(writer, 'Signatures', 2 * blockHeight + 150);
  writer.text(readNotAgreedNote, 'The signing note', { style: 'bold', size: size.body });
  writer.gap(10);
  for (const party of signingParties) {
    drawBlock(writer, party, document.appraisal.signatures[party]);
    writer.gap(12);
  }
  if (seal !== null && document.sealedAt !== null) {
    writer.keepTogether(40);
    writer.text(
      `Sealed on ${formatSignedAt(document.sealedAt)} when the appraiser countersigned. Any change to this record after sealing is made as a new version (an amendment); this one is kept.`,
      'The seal note',
      { size: size.small, colour: colour.muted },
    );
    writer.text(`Fingerprint: ${formatFingerprint(seal.fingerprint)}`, 'The fingerprint', {
      style: 'bold',
      size: size.small,
    });
  }
}

function drawBlock(writer: PdfWriter, party: SigningParty, signature: Signature | null): void {
  const { doc } = writer;
  writer.keepTogether(blockHeight);
  const top = doc.y;
  const x = page.left + 10;
  writer.text(
    signingPartyLabels[party],
    'The party label',
    { style: 'bold', size: size.subheading, x, width: inner },
    top + 8,
  );
  writer.text(signature?.statement ?? signingStatements[party], 'The signing statement', {
    style: 'italic',
    size: size.small,
    x,
    width: inner,
  });
  writer.gap(6);
  const areaTop = doc.y;
  if (signature === null) drawBlankSignature(writer, x, areaTop);
  else drawSignatureMark(writer, signature, x, areaTop);
  doc.y = areaTop + signatureArea.height + 6;

  if (signature === null) {
    const firstLine = doc.y;
    blankLine(writer, 'Full name', x, firstLine, 250);
    blankLine(writer, 'Role', x + 270, firstLine, inner - 270);
    blankLine(writer, 'Date signed', x, firstLine + 26, 250);
    doc.y = firstLine + 52;
  } else {
    const details: [string, string, string][] = [
      ['Full name', signature.fullName, "The signer's full name"],
      ['Role', signature.role, "The signer's role"],
      ['Recorded in the app', formatSignedAt(signature.signedAt), 'The signing time'],
    ];
    for (const [label, value, field] of details) {
      const lineTop = doc.y;
      writer.text(
        label,
        `The label "${label}"`,
        { style: 'bold', size: size.small, colour: colour.muted, x, width: 110 },
        lineTop + 1,
      );
      writer.text(
        value,
        field,
        {
          style: label === 'Full name' ? 'bold' : 'regular',
          size: size.body,
          x: x + 116,
          width: inner - 116,
        },
        lineTop,
      );
      doc.y = Math.max(doc.y, lineTop + 13);
    }
  }
  const bottom = Math.max(doc.y + 6, top + 110);
  doc
    .save()
    .lineWidth(0.8)
    .strokeColor(colour.text)
    .rect(page.left, top, contentWidth, bottom - top)
    .stroke()
    .restore();
  doc.y = bottom;
}

function drawSignatureMark(writer: PdfWriter, signature: Signature, x: number, top: number): void {
  const { doc } = writer;
  if (signature.method === 'drawn' && signature.image !== null) {
    const drawn = flattenPng(Buffer.from(signature.image.pngBase64, 'base64'), 'The drawn signature');
    doc.image(Buffer.from(drawn), x, top, {
      fit: [signatureArea.width, signatureArea.height],
      valign: 'bottom',
    });
    underline(writer, x, top + signatureArea.height, signatureArea.width);
    methodNote(writer, 'Signed on screen', x, top);
    return;
  }
  if (signature.method === 'typed') {
    writer.text(
      signature.typedName,
      'The typed name',
      { style: 'italic', size: 16, x, width: signatureArea.width + 100 },
      top + signatureArea.height - 24,
    );
    underline(writer, x, top + signatureArea.height, signatureArea.width);
    methodNote(writer, 'Typed-name attestation', x, top);
    return;
  }
  writer.text(
    `Signed on paper on ${printedDate(signature.paperSignedOn)} (the paper copy is the original)`,
    'The paper signature note',
    { style: 'bold', size: size.body, x, width: inner },
    top + signatureArea.height - 16,
  );
}

/** The small note beside the signature line saying how it was signed. */
function methodNote(writer: PdfWriter, note: string, x: number, top: number): void {
  writer.text(
    note,
    'The signature method',
    {
      size: size.small,
      colour: colour.muted,
      x: x + signatureArea.width + 14,
      width: inner - signatureArea.width - 14,
    },
    top + signatureArea.height - 10,
  );
}

function drawBlankSignature(writer: PdfWriter, x: number, top: number): void {
  writer.text(
    'Signature',
    'The label "Signature"',
    { style: 'bold', size: size.small, colour: colour.muted, x, width: 100 },
    top + signatureArea.height - 10,
  );
  underline(writer, x + 60, top + signatureArea.height, signatureArea.width + 80);
}

function blankLine(writer: PdfWriter, label: string, x: number, top: number, width: number): void {
  writer.text(
    label,
    `The label "${label}"`,
    { style: 'bold', size: size.small, colour: colour.muted, x, width: 70 },
    top + 8,
  );
  underline(writer, x + 70, top + 18, width - 70);
}

function underline(writer: PdfWriter, x: number, y: number, width: number): void {
  writer.doc
    .save()
    .lineWidth(0.6)
    .strokeColor(colour.text)
    .moveTo(x, y)
    .lineTo(x + width, y)
    .stroke()
    .restore();
}
