// Text as a reader sees it: look-alike forms folded into plain ones (fullwidth letters,
// mathematical alphanumerics, ligatures: Unicode NFKC), characters that render as nothing
// removed (zero-width spaces and joiners, soft hyphens, bidi controls, variation selectors,
// tags), and every kind of space made a plain one. A judgement made on folded text cannot be
// dodged by an invisible character inside a word or a no-break space between two.

// Characters that render as nothing, as ranges of code points.
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
];

/** True for a character that renders as nothing. */
export function isInvisible(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return INVISIBLE.some(([from, to]) => code >= from && code <= to);
}

// Every space separator but the plain one (no-break, narrow, figure, ideographic...).
const OTHER_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** `text` folded for judging: NFKC, invisible characters removed, every space a plain space. */
export function foldText(text: string): string {
  let visible = '';
  for (const char of text.normalize('NFKC')) if (!isInvisible(char)) visible += char;
  return visible.replace(OTHER_SPACES, ' ');
}
