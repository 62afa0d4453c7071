/**
 * Text normalisation shared by the build (scripts/lib/search-index.ts) and the browser (rank.ts), so a
 * query and the text it is compared with always go through the same steps. No pinyin here: pinyin is
 * computed when the data is built.
 */

/** Anything that is not a letter or a digit: spaces, punctuation, quotes (“”‘’「」《》), dashes, symbols. */
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/**
 * Full-width → half-width (NFKC), lower case, and only letters and digits kept:
 * `“谷城院”一体化` → `谷城院一体化`, `Ｇｕ Cheng` → `gucheng`.
 */
export function compact(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_ALNUM, '');
}

/** `compact`, then accents dropped (`Café` → `cafe`, `lè` → `le`): the form English is compared in. */
export function compactLatin(text: string): string {
  return compact(text).normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/**
 * The form a query is compared with pinyin in: `ü` is written `v` (as pinyin keyboards do), tone marks are
 * dropped, so `lǜ`, `lü` and `lv` are the same query.
 */
export function compactPinyin(text: string): string {
  return compact(text).replace(/ü/g, 'v').normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/** Where words start in `compactLatin(text)`: offsets into the compacted string, one per word. */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const word of text.split(NOT_ALNUM)) {
    const c = compactLatin(word);
    if (!c) continue;
    starts.push(offset);
    offset += c.length;
  }
  return starts;
}
