/**
 * README.txt for a pack: plain English for an inspector or the person asking for their data,
 * saying what is inside and how to check every file without the app.
 */
import { formatDate, formatDateLong } from '../../../shared/dates';
import {
  groupedFingerprint,
  type CertificateSummary,
} from '../../../shared/documentSigning/certificateSummary';
import { certificateFileName, signatureFileName } from './manifestSignature';
import { manifestFileName } from './packManifest';

interface ReadmeContext {
  homeName: string;
  generatedAt: Date;
  /** Who made it, by name, for the README (the audit log keeps their actor id). */
  preparedBy: string;
  /** The certificate the pack is signed with. */
  certificate: CertificateSummary;
}

/** OpenSSL's check of the signature, run in the folder the pack was unzipped to. */
const opensslVerify = (nullDevice: string) =>
  `openssl cms -verify -binary -inform DER -in ${signatureFileName} -content ${manifestFileName} -CAfile ${certificateFileName} -purpose any -out ${nullDevice}`;

/** "Rose Lodge Care Home (CQC location ID 1-123456789)", as the certificate names the home. */
function signerName(certificate: CertificateSummary): string {
  const name = certificate.organisation ?? certificate.commonName;
  return certificate.cqcLocationId === null ? name : `${name} (CQC location ID ${certificate.cqcLocationId})`;
}

function checkingSignature(certificate: CertificateSummary): string[] {
  return [
    'HOW TO CHECK THE PACK CAME FROM THE HOME (its signature)',
    '',
    `${manifestFileName} is digitally signed with the document-signing certificate of`,
    `${signerName(certificate)}.`,
    `The signature is ${signatureFileName}; the certificate is ${certificateFileName}.`,
    `If the signature checks, ${manifestFileName} is exactly as the home made it, and so is every`,
    'file whose hash matches it (see the next part). Any change to manifest.json, even one',
    'character, makes the signature check fail.',
    '',
    "The certificate's SHA-256 fingerprint is:",
    `  ${groupedFingerprint(certificate.fingerprint)}`,
    'Ask the home for the fingerprint of its certificate (the Care Appraisals app shows it in',
    'Settings, under "Document signing") and check that the two are the same. Only then is the',
    'pack shown to be signed by the home, rather than by a certificate made in its name.',
    ...(certificate.isTestKey
      ? [
          '',
          "THIS PACK IS SIGNED WITH A TEST KEY made by the app's test harness, not with a home's",
          'own key. It is a demonstration: its signature shows nothing about any real home.',
        ]
      : []),
    '',
    'To check the signature, open a terminal in the folder the pack was unzipped to and run',
    'OpenSSL 1.1 or later (Linux has it; on Windows it comes with Git for Windows; on macOS',
    'install it with Homebrew: brew install openssl). Type the command on one line:',
    '  macOS, Linux, or Git Bash on Windows:',
    `    ${opensslVerify('/dev/null')}`,
    '  Windows (Command Prompt, with OpenSSL installed):',
    `    ${opensslVerify('NUL')}`,
    'It prints "CMS Verification successful" when the signature holds. It prints',
    '"CMS Verification failure" (and more lines) when manifest.json or its signature was changed.',
    '("-purpose any" lets OpenSSL accept a certificate made for signing documents, not e-mail.)',
  ];
}

const checkingFiles = [
  'HOW TO CHECK THE FILES (no special software needed)',
  '',
  `${manifestFileName} lists every other file in this pack (all but its signature,`,
  `${signatureFileName}) with its SHA-256 hash and size.`,
  'A SHA-256 hash is a 64-character fingerprint of a file: change one byte and it changes.',
  'To check a file, work out its hash and compare it with the one in manifest.json:',
  '  Windows (Command Prompt):  certutil -hashfile <file> SHA256',
  '  macOS or Linux (Terminal): sha256sum <file>      (macOS: shasum -a 256 <file>)',
  'If the hashes are the same, the file is exactly as it was when the pack was made.',
  'The Care Appraisals app can check a whole pack in one step ("Check a pack", on its Audits screen).',
];

const fingerprints = [
  'RECORD FINGERPRINTS',
  '',
  'Each signed appraisal was sealed when both people had signed. Its fingerprint is the',
  'SHA-256 hash of the record written as canonical JSON (RFC 8785: keys in a fixed order,',
  'no spaces), so the same record always gives the same fingerprint. The fingerprint is',
  'printed in the footer of every page of the signed PDF, so a printed page can be matched',
  'to its record.',
];

/** The pdf/ line of "What is inside", its later lines indented to the descriptions' column. */
function pdfFolder(column: number): string[] {
  const indent = ' '.repeat(column);
  return [
    `${'  pdf/'.padEnd(column)}every signed appraisal PDF, exactly as kept in the app, named by`,
    `${indent}meeting date, person, version and the start of the record's id,`,
    `${indent}e.g. "2026-03-12 Lucja Wasowska v1 91da.pdf" (accents are left out of`,
    `${indent}file names so any computer opens them; each PDF shows the name as recorded)`,
  ];
}

/** The last lines of "What is inside": the certificate, the manifest and its signature. */
function signingFiles(column: number): string[] {
  const line = (name: string, what: string) => `${`  ${name}`.padEnd(column)}${what}`;
  return [
    line(certificateFileName, "the home's document-signing certificate, which signed the pack"),
    line(manifestFileName, 'the SHA-256 hash of every file above'),
    line(signatureFileName, "the home's digital signature of manifest.json"),
  ];
}

function when(context: ReadmeContext): string {
  const iso = context.generatedAt.toISOString();
  return `${formatDateLong(iso.slice(0, 10))} at ${iso.slice(11, 16)} UTC, by ${context.preparedBy === '' ? 'the registered manager' : context.preparedBy}`;
}

export function inspectionPackReadme(
  context: ReadmeContext & { from: string; to: string; documents: number },
): string {
  return [
    `INSPECTION PACK: ${context.homeName}`,
    '',
    `Signed staff appraisals with a meeting date from ${formatDate(context.from)} to ${formatDate(context.to)}.`,
    `Made ${when(context)}, with the Care Appraisals app.`,
    `It holds ${context.documents} signed appraisal ${context.documents === 1 ? 'document' : 'documents'}.`,
    '',
    'WHAT IS INSIDE',
    '',
    '  README.txt               this note',
    '  compliance-summary.pdf   completion at a glance: every member of staff in post, their last',
    '                           signed appraisal, when the next is due, and who is overdue',
    '  index.csv                one row per appraisal (opens in Excel): person, role, team,',
    '                           period, meeting date, appraiser, status, scores, next due,',
    '                           fingerprint and PDF file name',
    '  records.json             the full signed records exactly as sealed, with their fingerprints',
    '  audit-log.json           the whole audit log of the app (every event, not only these',
    '                           records, so the chain can be checked end to end), and the result',
    '                           of checking it when the pack was made',
    ...pdfFolder(27),
    ...signingFiles(27),
    '',
    'A "superseded" appraisal was later corrected by an amendment; both versions are kept as signed.',
    '',
    ...checkingSignature(context.certificate),
    '',
    ...checkingFiles,
    '',
    ...fingerprints,
    '',
    'THE AUDIT LOG',
    '',
    'audit-log.json lists every event (created, signed, sealed, printed, exported, checked...) in',
    'order. Each event holds the hash of the event before it ("prevHash") and its own hash',
    '("hash", the SHA-256 of the event without its hash, as canonical JSON). Changing, removing',
    'or reordering any event breaks the chain from that point on. "checked" says whether the',
    'chain was intact when this pack was made; "head" is the hash of the last event.',
    '',
    'These are confidential staff records. Keep them securely and delete them when no longer needed.',
    '',
  ].join('\r\n');
}

export function subjectAccessReadme(
  context: ReadmeContext & { staffName: string; documents: number },
): string {
  return [
    `SUBJECT ACCESS BUNDLE: ${context.staffName}`,
    '',
    `Everything ${context.homeName} holds about ${context.staffName} in the Care Appraisals app.`,
    `Made ${when(context)}.`,
    `It holds ${context.documents} signed appraisal ${context.documents === 1 ? 'document' : 'documents'}.`,
    '',
    'WHAT IS INSIDE',
    '',
    '  README.txt               this note',
    '  staff.json               the staff record: name, role, team, start and leaving dates',
    '  records.json             every signed appraisal record exactly as sealed, with its',
    '                           fingerprint',
    '  audit-events.json        every logged event about these appraisals (created, signed,',
    '                           printed...)',
    ...pdfFolder(27),
    ...signingFiles(27),
    '',
    ...checkingSignature(context.certificate),
    '',
    ...checkingFiles,
    '',
    ...fingerprints,
    '',
    'THE AUDIT EVENTS',
    '',
    "audit-events.json holds only the events about these appraisals, taken from the app's whole",
    "audit log, so they do not form a continuous chain on their own. Each event's own hash can be",
    'checked: it is the SHA-256 of the event without its "hash" field, as canonical JSON.',
    '',
  ].join('\r\n');
}
