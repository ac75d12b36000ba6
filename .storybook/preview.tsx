import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/react/styles.css';
import '../stories/support/stories.css';
import { ApiErrorProvider } from '../src/react/ApiErrorSettings';
import { STORY_KITS, storyKit } from '../stories/support/storyKit';
import { ENGLISH, STORY_LOCALES } from '../stories/support/storyLocales';

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader()],
  // Forms keep drafts in sessionStorage; every story starts without one, as a fresh tab would.
  // A rate limit one story provoked is not the next story's either: each kit keeps its own.
  beforeEach: () => {
    sessionStorage.clear();
    for (const kit of STORY_KITS) kit.rateLimits.clear();
  },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: 'Language and writing direction of the kit',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.entries(STORY_LOCALES).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the fallbacks',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  // Every story renders with the whole kit (the five seed APIs' presets, every fallback) in the
  // toolbar's locale; a story about another kit wraps itself in a provider of its own.
  decorators: [
    (Story, context) => {
      const locale = STORY_LOCALES[String(context.globals['locale'])] ?? ENGLISH;
      return (
        <ApiErrorProvider kit={storyKit} locale={locale.tag} messages={locale.catalogue}>
          <div className="aek-theme" data-theme={context.globals['theme'] === 'dark' ? 'dark' : 'light'} dir={locale.dir} lang={locale.tag}>
            <Story />
          </div>
        </ApiErrorProvider>
      );
    },
  ],
};

export default preview;
