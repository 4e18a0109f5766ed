/**
 * Text without its accents, for matching and for plain-letter names (a framework id, a file
 * name): "Łucja Wąsowska" → "Lucja Wasowska", "Ștefan Țurcanu" → "Stefan Turcanu". Letters
 * Unicode does not split into a base letter and a mark (ł, ø, ß…) are given their usual
 * plain spelling. Case is kept; the caller lower-cases when it wants to.
 */
const plainSpellings: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  þ: 'th',
  Þ: 'Th',
  ŋ: 'n',
  Ŋ: 'N',
  ħ: 'h',
  Ħ: 'H',
};

export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁđĐðÐøØßẞæÆœŒıþÞŋŊħĦ]/g, (letter) => plainSpellings[letter] ?? letter);
}
