/**
 * CSV for spreadsheets: RFC 4180 (fields quoted when they hold a comma, quote or line break;
 * quotes doubled; CRLF between records), UTF-8 with a byte order mark so Excel shows names such
 * as Łucja Wąsowska correctly, and every cell made safe to open.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return) as a formula, even after leading spaces, non-breaking spaces or line breaks. Such a
 * cell gets a leading apostrophe, which spreadsheets show as text. Plain numbers ("-5", "2.5")
 * and phone numbers ("+44 7700 900123") cannot call anything, so they are left readable.
 */

export const csvByteOrderMark = '\uFEFF';

const formulaStart = /^[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]*[=+\-@\t\r]/u;
const plainNumber = /^[+-]?\d+(?:[.,]\d+)?$/;
const phoneNumber = /^\+?\d[\d ()]*\d$/;

export type CsvCell = string | number | null;

/** The text a cell should hold so that no spreadsheet treats it as a formula. */
export function defuseFormula(value: string): string {
  const trimmed = value.trim();
  if (!formulaStart.test(value)) return value;
  if (plainNumber.test(trimmed) || phoneNumber.test(trimmed)) return value;
  return `'${value}`;
}

function field(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : defuseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: a header row, then one row per record; starts with the byte order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `${csvByteOrderMark}${lines.join('\r\n')}\r\n`;
}
