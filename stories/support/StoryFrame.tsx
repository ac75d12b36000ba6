import { useSyncExternalStore, type ReactNode } from 'react';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { localeOverride, subscribeLocaleOverride } from './localeOverride';
import { storyKit } from './storyKit';
import { ENGLISH, STORY_LOCALES } from './storyLocales';

/** Every story's frame: the story kit in the toolbar's locale (or the one a check asks for), its writing direction, and the theme. */
export function StoryFrame({ locale, theme, children }: { locale: string; theme: 'light' | 'dark'; children: ReactNode }) {
  const shown = useSyncExternalStore(subscribeLocaleOverride, localeOverride, () => undefined) ?? locale;
  const { tag, catalogue, dir } = STORY_LOCALES[shown] ?? ENGLISH;
  return (
    <ApiErrorProvider kit={storyKit} locale={tag} messages={catalogue}>
      <div className="aek-theme" data-theme={theme} data-story-locale={shown} dir={dir} lang={tag}>
        {children}
      </div>
    </ApiErrorProvider>
  );
}
