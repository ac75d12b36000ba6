// The typography a reader of each language expects, as rules a sentence can be checked against.
// French: a no-break space (U+00A0) before ":", "!" and "?", a narrow one (U+202F) before ";",
// a no-break space of either width inside « », and a number kept on the line of the time unit
// it counts. Spanish: "a la 1:05" but "a las 2:05" (the hour the clock shows, so "a la 1:05
// p. m." on a 12-hour clock).
// Japanese: no space between a number and its unit, nor next to any Japanese character.
// German: a clock time is said "um 14:05 Uhr".

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** A character of Japanese text: kanji, kana, the prolonged-sound mark, CJK and full-width punctuation. */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3001-\u303f\uff01-\uff60]/u;

/** Names a space so a failure message shows which one it is. */
function named(char: string): string {
  if (char === ' ') return 'a plain space';
  if (char === NBSP) return 'U+00A0';
  if (char === NNBSP) return 'U+202F';
  return /\s/.test(char) ? `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}` : `"${char}"`;
}

function frenchProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/[:;!?]/g)) {
    const at = match.index;
    const mark = match[0];
    const before = text[at - 1] ?? '';
    // A clock time ("14:05") and a scheme ("https:") are not punctuation of the sentence.
    if (mark === ':' && (/\d/.test(before) || text.startsWith('//', at + 1))) continue;
    const wanted = mark === ';' ? NNBSP : NBSP;
    if (before !== wanted) problems.push(`${named(before)} before "${mark}" where French needs ${named(wanted)}`);
  }
  for (const match of text.matchAll(/«(.)|(.)»/gu)) {
    const inside = match[1] ?? match[2] ?? '';
    if (inside !== NBSP && inside !== NNBSP) problems.push(`${named(inside)} inside « » where French needs a no-break space`);
  }
  for (const match of text.matchAll(/\d(\s)(?=(?:seconde|minute|heure|jour|semaine|mois|an)s?\b)/gu)) {
    if (match[1] !== NBSP) problems.push(`${named(match[1] ?? '')} between a number and its time unit where French needs U+00A0`);
  }
  return problems;
}

function spanishProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/\ba (la|las) (\d{1,2}):\d{2}/g)) {
    const one = Number(match[2]) === 1;
    if (one && match[1] === 'las') problems.push(`"${match[0]}" where Spanish says "a la 1:…"`);
    if (!one && match[1] === 'la') problems.push(`"${match[0]}" where Spanish says "a las …" for any hour but one`);
  }
  return problems;
}

function japaneseProblems(text: string): string[] {
  const problems: string[] = [];
  const chars = [...text];
  chars.forEach((char, index) => {
    if (!/\s/u.test(char)) return;
    const before = chars[index - 1] ?? '';
    const after = chars[index + 1] ?? '';
    if (JAPANESE.test(before) || JAPANESE.test(after)) problems.push(`${named(char)} between "${before}" and "${after}"`);
  });
  return problems;
}

function germanProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/\b\d{1,2}:\d{2}\b(?![\s\u00a0]Uhr\b)/g)) problems.push(`the clock time ${match[0]} without "Uhr"`);
  return problems;
}

const RULES: Readonly<Record<string, (text: string) => string[]>> = {
  fr: frenchProblems,
  es: spanishProblems,
  ja: japaneseProblems,
  de: germanProblems,
};

/** What a reader of `locale` would find wrong in `text`'s spacing and time words; empty when nothing. */
export function typographyProblems(locale: string, text: string): string[] {
  const rule = RULES[locale.split('-')[0] ?? ''];
  return rule ? rule(text) : [];
}
