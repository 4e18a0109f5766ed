/**
 * The one rule for file names the app offers or writes: no folder separators, none of the
 * characters Windows refuses (\ / : * ? " < > |), no control characters, not starting with a
 * dot (hidden, or a path trick), at most 120 characters (UTF-16 units, as the contract counts).
 */
const forbidden = /[\\/:*?"<>|\p{Cc}]/gu;

export const maxFileNameLength = 120;

/** True for a name the save dialog may be given as it is. */
export function isPlainFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= maxFileNameLength &&
    !new RegExp(forbidden.source, 'u').test(name) &&
    !name.startsWith('.')
  );
}

/**
 * A person's or home's name made safe to stand in a file name: forbidden characters become
 * spaces, runs of spaces one, at most `room` units kept by whole characters (a surrogate pair is
 * never split), and `fallback` when nothing is left.
 */
export function fileNamePart(text: string, room: number, fallback: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(forbidden, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  let kept = '';
  for (const character of cleaned) {
    if (kept.length + character.length > room) break;
    kept += character;
  }
  return kept.trim() || fallback;
}
