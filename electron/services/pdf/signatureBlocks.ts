/**
 * The signatures part: the "read, not agreed" note once, then one block per party, appraisee
 * first. A block shows the drawn image, the typed-name attestation or the date it was signed
 * on paper, then name (the register's, exactly), what was typed to sign, role and when. A
 * party who has not signed gets blank lines to sign on paper. Each block is measured first and
 * starts a new page only when it would not fit whole, so no block is ever split and no half
 * page is left empty.
 */
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { signingParties, type Signature, type SigningParty } from '../../../shared/signing/signature';
import {
  readNotAgreedNote,
  signingPartyLabels,
  signingStatements,
} from '../../../shared/signing/signingWording';
import { formatFingerprint } from '../../../shared/documents/fingerprint';
import { formatDate } from '../../../shared/dates';
import {
  groupedFingerprint,
  type CertificateSummary,
} from '../../../shared/documentSigning/certificateSummary';
import { flattenPng } from './flattenPng';
import { formatSignedAt, printedDate } from './pdfDates';
import type { AppraisalPdfSeal } from './pdfTypes';
import type { PdfWriter } from './pdfWriter';
import { sectionHeading, sectionHeadingHeight } from './sectionHeading';
import { colour, contentWidth, page, size } from './pdfStyle';

const signatureArea = { width: 220, height: 58 } as const;
const inner = contentWidth - 20;
/** A block is never shorter than this, so a signature on paper has room. */
const minBlockHeight = 110;
const blockGap = 12;
const detailLabelWidth = 116;
/** Space between the note and the first block. */
const noteGap = 10;

export function drawSignatureBlocks(
  writer: PdfWriter,
  document: AppraisalDocument,
  seal: AppraisalPdfSeal | null,
): void {
  const { signatures } = document.appraisal;
  const sealNote = seal !== null && document.sealedAt !== null ? sealNoteLines(document.sealedAt, seal) : [];
  const noteOptions = { style: 'bold', size: size.body } as const;
  // The heading and the note stay with the first block, so no signature is read without them.
  const first = signingParties[0];
  sectionHeading(
    writer,
    'Signatures',
    sectionHeadingHeight(writer, 'Signatures') +
      writer.heightOf(readNotAgreedNote, 'The signing note', noteOptions) +
      noteGap +
      blockHeight(writer, first, signatures[first]),
  );
  writer.text(readNotAgreedNote, 'The signing note', noteOptions);
  writer.gap(noteGap);
  // A block moved to the next page says what it belongs to.
  writer.setRunningHeading(() => {
    writer.text(
      'Signatures (continued)',
      'The heading "Signatures"',
      { style: 'bold', size: size.subheading },
      page.top,
    );
    writer.gap(6);
  });
  for (const [index, party] of signingParties.entries()) {
    const last = index === signingParties.length - 1;
    // The seal note goes with the last block: on a page of its own it would say nothing.
    writer.keepTogether(
      blockHeight(writer, party, signatures[party]) +
        (last ? blockGap + sealNoteHeight(writer, sealNote) : 0),
    );
    drawBlock(writer, party, signatures[party]);
    writer.gap(blockGap);
  }
  for (const line of sealNote) writer.text(line.text, line.field, line.options);
  writer.setRunningHeading(null);
}

interface NoteLine {
  text: string;
  field: string;
  options: { style: 'regular' | 'bold'; size: number; colour?: string };
}

function sealNoteLines(sealedAt: string, seal: AppraisalPdfSeal): NoteLine[] {
  return [
    {
      text: `Sealed on ${formatSignedAt(sealedAt)} when the appraiser countersigned. Any change to this record after sealing is made as a new version (an amendment); this one is kept.`,
      field: 'The seal note',
      options: { style: 'regular', size: size.small, colour: colour.muted },
    },
    {
      text: `Fingerprint: ${formatFingerprint(seal.fingerprint)}`,
      field: 'The fingerprint',
      options: { style: 'bold', size: size.small },
    },
    ...certificateLines(seal.signer.certificate),
  ];
}

/** Fingerprint groups printed: enough to tell certificates apart; the PDF carries it whole. */
const printedFingerprintGroups = 4;

/**
 * The home's certificate the PDF is digitally signed with, so a reader can match it to what their
 * PDF reader shows (and a test key can never pass for the real one).
 */
function certificateLines(certificate: CertificateSummary): NoteLine[] {
  const cqc = certificate.cqcLocationId === null ? '' : ` (CQC ${certificate.cqcLocationId})`;
  const fingerprint = groupedFingerprint(certificate.fingerprint)
    .split(' ')
    .slice(0, printedFingerprintGroups)
    .join(' ');
  const validity = `${formatDate(certificate.validFrom.slice(0, 10))} to ${formatDate(certificate.validTo.slice(0, 10))}`;
  return [
    {
      text: `Digitally signed by ${certificate.commonName}${cqc} with the certificate whose SHA-256 fingerprint starts ${fingerprint}, valid ${validity}.`,
      field: 'The signing certificate',
      options: { style: 'regular', size: size.small },
    },
    ...(certificate.isTestKey
      ? [
          {
            text: 'TEST KEY – not for real records: this copy was signed with a test key, not the home’s own.',
            field: 'The test key warning',
            options: { style: 'bold', size: size.body },
          } satisfies NoteLine,
        ]
      : []),
  ];
}

function sealNoteHeight(writer: PdfWriter, lines: readonly NoteLine[]): number {
  return lines.reduce((sum, line) => sum + writer.heightOf(line.text, line.field, line.options), 0);
}

interface DetailRow {
  label: string;
  value: string;
  field: string;
  style: 'bold' | 'regular';
}

/** The name, role and time lines of a signed block. */
function detailRows(signature: Signature): DetailRow[] {
  const row = (label: string, value: string, field: string, style: DetailRow['style'] = 'regular') => ({
    label,
    value,
    field,
    style,
  });
  return [
    row('Full name', signature.fullName, "The signer's full name", 'bold'),
    // What was typed is the evidence of a typed signature, so it is printed as typed, beside
    // the register's exact name (they may differ by accents, case or spacing).
    ...(signature.method === 'typed'
      ? [row('Typed to sign', `“${signature.typedName}”`, 'The typed name')]
      : []),
    row('Role', signature.role, "The signer's role"),
    row('Recorded in the app', formatSignedAt(signature.signedAt), 'The signing time'),
  ];
}

const labelOptions = { style: 'bold', size: size.subheading, width: inner } as const;
const statementOptions = { style: 'italic', size: size.small, width: inner } as const;
const valueOptions = (style: 'bold' | 'regular') =>
  ({ style, size: size.body, width: inner - detailLabelWidth }) as const;

/** The height drawBlock will take, measured with the same texts and widths it draws. */
function blockHeight(writer: PdfWriter, party: SigningParty, signature: Signature | null): number {
  const head =
    8 +
    writer.heightOf(signingPartyLabels[party], 'The party label', labelOptions) +
    writer.heightOf(
      signature?.statement ?? signingStatements[party],
      'The signing statement',
      statementOptions,
    ) +
    6 +
    signatureArea.height +
    6;
  const details =
    signature === null
      ? 52
      : detailRows(signature).reduce(
          (sum, { value, field, style }) =>
            sum + Math.max(writer.heightOf(value, field, valueOptions(style)), 13),
          0,
        );
  return Math.max(head + details + 6, minBlockHeight);
}

function drawBlock(writer: PdfWriter, party: SigningParty, signature: Signature | null): void {
  const { doc } = writer;
  const top = doc.y;
  const x = page.left + 10;
  writer.text(signingPartyLabels[party], 'The party label', { ...labelOptions, x }, top + 8);
  writer.text(signature?.statement ?? signingStatements[party], 'The signing statement', {
    ...statementOptions,
    x,
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
    for (const { label, value, field, style } of detailRows(signature)) {
      const lineTop = doc.y;
      writer.text(
        label,
        `The label "${label}"`,
        { style: 'bold', size: size.small, colour: colour.muted, x, width: detailLabelWidth - 6 },
        lineTop + 1,
      );
      writer.text(value, field, { ...valueOptions(style), x: x + detailLabelWidth }, lineTop);
      doc.y = Math.max(doc.y, lineTop + 13);
    }
  }
  const bottom = Math.max(doc.y + 6, top + minBlockHeight);
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
