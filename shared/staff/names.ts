/**
 * Names are kept exactly as typed, in Unicode NFC so the same name typed on two keyboards is
 * stored the same way. Matching (search, duplicate warnings) uses a looser key that ignores
 * case, accents and punctuation, so "lucja wasowska" finds "Łucja Wąsowska".
 */

/** What is stored: NFC, without leading or trailing white space. */
export function normalizeName(raw: string): string {
  return raw.normalize('NFC').trim();
}

// Letters that are not a base letter plus a combining mark, so NFD alone leaves them.
const foldedLetters: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ŋ: 'n',
  ħ: 'h',
};

/** A key for matching only; never shown or stored as the name. */
export function nameKey(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łđðøßæœıþŋħ]/g, (ch) => foldedLetters[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when every word of the query starts a word of the name (accent- and case-blind). */
export function nameMatches(name: string, query: string): boolean {
  const queryWords = nameKey(query)
    .split(' ')
    .filter((w) => w !== '');
  if (queryWords.length === 0) return true;
  const nameWords = nameKey(name).split(' ');
  return queryWords.every((q) => nameWords.some((w) => w.startsWith(q)));
}
