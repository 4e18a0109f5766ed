/**
 * How a pack check names what it found, the way people name things: a record PDF by the person,
 * the meeting date and the version ("Łucja Wąsowska, appraisal of 12 March 2026, version 1"),
 * every other file by what it is ("the index of records (index.csv)").
 *
 * The names come from the pack alone (records.json, else index.csv), never from this PC: the
 * pack may come from another home's PC. A file that is as it was made is believed before one
 * that was changed. Packs made before PDFs had readable names (`pdf/<id>-v1.pdf`) are named the
 * same way, since their records point at their PDFs just as new ones do.
 */
import { z } from 'zod';
import { formatDateLong } from '../../../shared/dates';
import { certificateFileName } from './manifestSignature';

/** What each file a pack may hold is, in words. */
const packFiles: Readonly<Record<string, string>> = {
  'README.txt': 'the note saying what is in the pack',
  'index.csv': 'the index of records',
  'records.json': 'the file of signed records',
  'audit-log.json': 'the audit log',
  'audit-events.json': 'the activity log of these appraisals',
  'compliance-summary.pdf': 'the compliance summary',
  'staff.json': 'the staff record',
  [certificateFileName]: 'the signing certificate',
};

/** Only what a label needs; whether the record is whole is checked elsewhere. */
const namedRecordSchema = z.object({
  pdfFile: z.string().optional(),
  document: z.object({
    appraisal: z.object({
      version: z.number().int(),
      header: z.object({ staffName: z.string().min(1), meetingDate: z.string() }),
    }),
  }),
});

function recordWords(staffName: string, meetingDate: string, version: string): string {
  return `${staffName}, appraisal of ${formatDateLong(meetingDate)}, version ${version}`;
}

/** "Łucja Wąsowska, appraisal of 12 March 2026, version 1", or null when no name can be read. */
export function recordLabel(item: unknown): string | null {
  const parsed = namedRecordSchema.safeParse(item);
  if (!parsed.success) return null;
  const { version, header } = parsed.data.document.appraisal;
  return recordWords(header.staffName, header.meetingDate, String(version));
}

/** One CSV text as rows of cells (RFC 4180: quoted cells may hold commas, quotes, line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text.charAt(i);
    if (quoted) {
      if (character === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text.charAt(i + 1) === '\n') i++;
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += character;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** index.csv's rows as labels by PDF file (a cell that began with = or @ carries an apostrophe). */
function labelsFromIndex(text: string): Map<string, string> {
  const [header = [], ...rows] = csvRows(text.replace(/^\uFEFF/, ''));
  const column = (name: string) => header.indexOf(name);
  const [person, date, version, file] = ['Staff member', 'Meeting date', 'Version', 'PDF file'].map(column);
  const labels = new Map<string, string>();
  if ([person, date, version, file].some((index) => index === undefined || index < 0)) return labels;
  for (const row of rows) {
    const at = (index: number | undefined) => row[index ?? -1] ?? '';
    const staffName = at(person).replace(/^'(?=[\s=+\-@])/, '');
    if (at(file) !== '' && staffName !== '')
      labels.set(at(file), recordWords(staffName, at(date), at(version)));
  }
  return labels;
}

function labelsFromRecords(records: readonly unknown[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const item of records) {
    const label = recordLabel(item);
    const pdfFile = namedRecordSchema.safeParse(item).data?.pdfFile;
    if (label !== null && pdfFile !== undefined) labels.set(pdfFile, label);
  }
  return labels;
}

interface LabelSources {
  /** records.json's records, or null when it is missing or unreadable. */
  records: readonly unknown[] | null;
  recordsIntact: boolean;
  indexText: string | null;
  indexIntact: boolean;
}

/** Each record PDF's label by its name in the pack, from the most trustworthy file first. */
export function recordPdfLabels(sources: LabelSources): ReadonlyMap<string, string> {
  const fromRecords =
    sources.records === null ? new Map<string, string>() : labelsFromRecords(sources.records);
  const fromIndex =
    sources.indexText === null ? new Map<string, string>() : labelsFromIndex(sources.indexText);
  // Later entries win, so the more trustworthy source goes last.
  const [doubted, believed] =
    !sources.recordsIntact && sources.indexIntact ? [fromRecords, fromIndex] : [fromIndex, fromRecords];
  return new Map([...doubted, ...believed]);
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** One sentence for a file that is changed, missing, or was not in the pack when it was made. */
export function fileProblem(
  name: string,
  status: 'altered' | 'missing' | 'extra',
  pdfLabels: ReadonlyMap<string, string>,
): string {
  const record = pdfLabels.get(name);
  if (record !== undefined) {
    const happened = {
      altered: 'the PDF was changed after the pack was made',
      missing: 'the PDF is missing from the pack',
      extra: 'a PDF that is not in the manifest was added to the pack',
    }[status];
    return `${record}: ${happened} (${name}).`;
  }
  const what = packFiles[name];
  const subject =
    what !== undefined
      ? `${capitalised(what)} (${name})`
      : name.startsWith('pdf/') && name.toLowerCase().endsWith('.pdf')
        ? `The PDF ${name}`
        : name;
  return {
    altered: `${subject} was changed after the pack was made.`,
    missing: `${subject} is missing from the pack.`,
    extra: `${subject} was added to the pack after it was made (it is not in the manifest).`,
  }[status];
}
