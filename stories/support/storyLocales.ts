import ar from '../../src/locales/ar';
import de from '../../src/locales/de';
import en, { type Catalogue } from '../../src/locales/en';
import es from '../../src/locales/es';
import fr from '../../src/locales/fr';
import ja from '../../src/locales/ja';
import { PSEUDO_CATALOGUE } from './pseudoLocale';

/** A locale the Storybook toolbar offers: its catalogue and its writing direction. */
export interface StoryLocale {
  title: string;
  catalogue: Catalogue;
  dir: 'ltr' | 'rtl';
  /** The BCP 47 tag Intl formats numbers, times and plurals with. */
  tag: string;
}

/** English, the default. */
export const ENGLISH: StoryLocale = { title: 'English', catalogue: en, dir: 'ltr', tag: 'en' };

/** The toolbar's locales: each shipped catalogue, and the pseudo-locale that shows any word left in English. */
export const STORY_LOCALES: Readonly<Record<string, StoryLocale>> = {
  en: ENGLISH,
  de: { title: 'Deutsch', catalogue: de, dir: 'ltr', tag: 'de' },
  fr: { title: 'Français', catalogue: fr, dir: 'ltr', tag: 'fr' },
  es: { title: 'Español', catalogue: es, dir: 'ltr', tag: 'es' },
  ja: { title: '日本語', catalogue: ja, dir: 'ltr', tag: 'ja' },
  ar: { title: 'العربية (right to left)', catalogue: ar, dir: 'rtl', tag: 'ar' },
  pseudo: { title: 'Pseudo-locale (marked, 40 % longer)', catalogue: PSEUDO_CATALOGUE, dir: 'ltr', tag: 'en' },
};
