import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';

// Where node_modules really is: a git worktree may link it from the main checkout, and Vite
// serves only files under the project unless told the real place is allowed too.
const nodeModules = realpathSync(fileURLToPath(new URL('../node_modules', import.meta.url)));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url)), nodeModules] } } }),
};

export default config;
