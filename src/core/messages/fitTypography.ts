// Intl writes numbers with units and relative times in CLDR's patterns, which keep a plain space
// where a reader of some languages expects none or a no-break one: "30 秒" where Japanese writes
// "30秒", "5 minutes" where French keeps the number on the line of its unit ("5 minutes" with
// U+00A0). Catalogues carry their own spaces; this fits only what Intl writes.

const JAPANESE_OR_CHINESE = /^(?:ja|zh)\b/i;
/** A plain space between a digit and a kanji or kana, either way round. */
const SPACE_BESIDE_CJK = /(\d)\s+(?=[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}ー])|([\p{sc=Han}\p{sc=Hira}\p{sc=Kana}ー])\s+(?=\d)/gu;

/** `text` written by Intl in `locale`, with the spaces a reader of that language expects next to its numbers. */
export function fitTypography(text: string, locale: string): string {
  if (JAPANESE_OR_CHINESE.test(locale)) return text.replace(SPACE_BESIDE_CJK, '$1$2');
  // French: a number's plain space before the word it counts ("5 minutes", "il y a 30 secondes").
  return /^fr\b/i.test(locale) ? text.replace(/(\d) (?=\p{L})/gu, '$1\u00a0') : text;
}

/** The space between two sentences, or between a label and its text: none in Japanese and Chinese, whose full stops and colons carry their own. */
export function spaceBetween(locale: string): string {
  return JAPANESE_OR_CHINESE.test(locale) ? '' : ' ';
}

/** A number and its unit ("12,345 MB"), joined by a no-break space so a line never parts them. */
export function withUnit(number: string, unit: string | undefined): string {
  return unit ? `${number}\u00a0${unit}` : number;
}
