/**
 * Names are kept exactly as typed, in Unicode NFC so the same name typed on two keyboards is
 * stored the same way. Matching (search, duplicate warnings) uses a looser key that ignores
 * case, accents and punctuation, so "lucja wasowska" finds "Łucja Wąsowska".
 */
import { foldAccents } from '../text/foldAccents';

/** What is stored: NFC, without leading or trailing white space. */
export function normalizeName(raw: string): string {
  return raw.normalize('NFC').trim();
}

/** A key for matching only; never shown or stored as the name. */
export function nameKey(raw: string): string {
  return foldAccents(raw)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A name typed to confirm who someone is (a typed-name signature, confirming a destroy) matches
 * their name as the register search compares names: accent-, case- and spacing-blind, so
 * "Stefan Turcanu" typed on a UK keyboard confirms "Ștefan Țurcanu". Documents still print the
 * register's exact name. Nothing typed confirms nothing.
 */
export function typedNameConfirms(typed: string, fullName: string): boolean {
  const key = nameKey(typed);
  return key !== '' && key === nameKey(fullName);
}

/** A name's words as a search compares them (its nameKey, split). */
export function nameWords(name: string): string[] {
  return nameKey(name).split(' ');
}

/** What was typed in a search box as words to look for; none for a blank search. */
export function queryWords(query: string): string[] {
  return nameKey(query)
    .split(' ')
    .filter((w) => w !== '');
}

/** True when every query word starts a word of the name (both from the functions above). */
export function wordsMatch(name: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => name.some((w) => w.startsWith(q)));
}

/** True when every word of the query starts a word of the name (accent- and case-blind). */
export function nameMatches(name: string, query: string): boolean {
  const words = queryWords(query);
  return words.length === 0 || wordsMatch(nameWords(name), words);
}

/** The name to greet someone by in the app; documents always use the full name. */
export function displayName(member: { fullName: string; preferredName: string }): string {
  return member.preferredName !== '' && member.preferredName !== member.fullName
    ? `${member.fullName} (${member.preferredName})`
    : member.fullName;
}
