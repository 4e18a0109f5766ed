/**
 * The names of the signed PDFs inside an inspection pack or subject access bundle, as a person
 * would look for them: `pdf/2026-03-12 Lucja Wasowska v1 91da.pdf` (meeting date, the person's
 * name, the version, and the start of the appraisal's id so two names never clash).
 *
 * Plain ASCII, because Windows' own "Extract all" has long misread accented names in a ZIP;
 * none of the characters Windows refuses, no control characters, nothing that ends in a dot or
 * space, never a reserved device name (CON, NUL, COM1…). Windows ignores case, so names that
 * differ only in case count as the same.
 */
import { isIsoDate } from '../dates';
import { fileNamePart } from '../files/fileNames';
import { foldAccents } from '../text/foldAccents';

export interface PdfNameSource {
  /** The sealed document's id: the appraisal's id and its version, e.g. `91da…-v1`. */
  documentId: string;
  /** The person's name as sealed in the record. */
  staffName: string;
  meetingDate: string;
}

/** Room for the person's name: the whole name stays short enough for a deep folder on Windows. */
const nameRoom = 50;
const shortestId = 4;
const reservedOnWindows = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function plainName(staffName: string): string {
  // Letters with accents become plain ones; anything still outside printable ASCII is dropped.
  const ascii = foldAccents(staffName).replace(/[^\x20-\x7E]/g, '');
  return fileNamePart(ascii, nameRoom, '').replace(/[. ]+$/, '');
}

/** Everything but the id: meeting date, plain name, version. */
function baseOf(source: PdfNameSource): string[] {
  const version = /-v(\d+)$/.exec(source.documentId)?.[1];
  return [
    isIsoDate(source.meetingDate) ? source.meetingDate : '',
    plainName(source.staffName),
    version === undefined ? '' : `v${version}`,
  ];
}

function stemOf(base: readonly string[], idPart: string): string {
  const stem =
    [...base, idPart]
      .filter((part) => part !== '')
      .join(' ')
      .replace(/[. ]+$/, '') || 'appraisal';
  return reservedOnWindows.test(stem) ? `appraisal ${stem}` : stem;
}

/**
 * The pack's name for each record's PDF, by document id. Every name starts with the first four
 * letters or digits of the appraisal's id; where two would still be the same, each of them keeps
 * one more until they differ (and, only if the ids themselves run out, a counter).
 */
export function readablePdfNames(sources: readonly PdfNameSource[]): ReadonlyMap<string, string> {
  const items = sources.map((source) => ({
    source,
    base: baseOf(source),
    idText: source.documentId
      .replace(/-v\d+$/, '')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase(),
    idChars: shortestId,
    stem: '',
  }));
  for (;;) {
    const groups = new Map<string, typeof items>();
    for (const item of items) {
      item.stem = stemOf(item.base, item.idText.slice(0, item.idChars));
      const key = item.stem.toLowerCase();
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [item]);
      else group.push(item);
    }
    const clashing = [...groups.values()].filter((group) => group.length > 1);
    const growing = clashing.flat().filter((item) => item.idChars < item.idText.length);
    if (growing.length === 0) {
      // The ids cannot tell these apart (or there is no clash left): a counter does.
      for (const group of clashing)
        for (const [index, item] of group.entries()) if (index > 0) item.stem += ` (${index + 1})`;
      break;
    }
    for (const item of growing) item.idChars += 1;
  }
  return new Map(items.map((item) => [item.source.documentId, `pdf/${item.stem}.pdf`]));
}
