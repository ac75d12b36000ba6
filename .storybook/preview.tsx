import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/react/styles.css';
import '../stories/support/stories.css';
import { checkInEveryLocale } from '../stories/support/checkInEveryLocale';
import { StoryFrame } from '../stories/support/StoryFrame';
import { STORY_KITS } from '../stories/support/storyKit';
import { STORY_LOCALES } from '../stories/support/storyLocales';

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader()],
  // Forms keep drafts in sessionStorage; every story starts without one, as a fresh tab would.
  // A rate limit one story provoked is not the next story's either: each kit keeps its own.
  beforeEach: () => {
    sessionStorage.clear();
    for (const kit of STORY_KITS) kit.rateLimits.clear();
  },
  // In the story tests, each story is checked again, as its play function left it, in other
  // languages: axe in German and Arabic, and for fallbacks a 320 px wide page in every locale.
  afterEach: checkInEveryLocale,
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
    (Story, context) => (
      <StoryFrame locale={String(context.globals['locale'] ?? 'en')} theme={context.globals['theme'] === 'dark' ? 'dark' : 'light'}>
        <Story />
      </StoryFrame>
    ),
  ],
};

export default preview;
