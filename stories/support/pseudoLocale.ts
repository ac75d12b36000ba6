import en, { type Catalogue, type Message } from '../../src/locales/en';
import { storyKit } from './storyKit';

// A pseudo-locale derived from English: every message marked ⟦…⟧ and about 40 % longer, its
// letters accented, its {placeholders} kept. Any visible word without the marks did not come
// from the catalogue; any layout that breaks with the longer words would break in German too.
// The presets' words (Plex, plans, accounts) travel with the story kit, so they are marked too.

const ACCENTED: Readonly<Record<string, string>> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', y: 'ý', A: 'Å', E: 'É', I: 'Í', O: 'Ö', U: 'Ü', c: 'ç', n: 'ñ', s: 'š', z: 'ž' };

/** The opening and closing marks of a pseudo-localised message. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

function pseudo(text: string): string {
  const accented = text.replace(/\{[^}]*\}|./gsu, (part) => (part.length > 1 ? part : (ACCENTED[part] ?? part)));
  const visible = text.replace(/\{[^}]*\}/g, '').length;
  return `${PSEUDO_OPEN}${accented}${' ·'.repeat(Math.ceil((visible * 0.4) / 2))}${PSEUDO_CLOSE}`;
}

function pseudoMessage(message: Message): Message {
  if (typeof message === 'string') return pseudo(message);
  const forms: Record<string, string> = {};
  for (const [form, text] of Object.entries(message)) if (typeof text === 'string') forms[form] = pseudo(text);
  return { ...forms, other: pseudo(message.other) };
}

/** The pseudo-locale catalogue: English (the kit's words and the story kit's presets'), marked and lengthened. */
export const PSEUDO_CATALOGUE: Catalogue = Object.fromEntries(
  Object.entries({ ...en, ...storyKit.words['en'] }).map(([key, message]) => [key, pseudoMessage(message)]),
) as Catalogue;
