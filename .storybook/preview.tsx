import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/react/styles.css';
import '../stories/support/stories.css';

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader()],
  // Forms keep drafts in sessionStorage; every story starts without one, as a fresh tab would.
  beforeEach: () => {
    sessionStorage.clear();
  },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
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
  initialGlobals: { theme: 'light' },
  decorators: [
    (Story, context) => (
      <div className="aek-theme" data-theme={context.globals['theme'] === 'dark' ? 'dark' : 'light'}>
        <Story />
      </div>
    ),
  ],
};

export default preview;
