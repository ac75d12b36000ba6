import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** Debian's Chromium, started the way this closed network needs (no background calls home). */
const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
});

// The package's entries, read from source: the examples import `api-error-kit` as an app does,
// and the tests run before `dist` is built.
const entry = (file: string) => path.join(dirname, 'src', file);
const packageEntries = [
  { find: /^api-error-kit$/, replacement: entry('index.ts') },
  { find: /^api-error-kit\/(core|react-query|swr|fetch|redact)$/, replacement: entry('$1/index.ts') },
  { find: /^api-error-kit\/dialects$/, replacement: entry('dialects.ts') },
  { find: /^api-error-kit\/presets$/, replacement: entry('presets/index.ts') },
  { find: /^api-error-kit\/presets\/([a-zA-Z]+)$/, replacement: entry('presets/$1/index.ts') },
  { find: /^api-error-kit\/locales\/([a-z]{2})$/, replacement: entry('locales/$1.ts') },
  { find: /^api-error-kit\/styles\.css$/, replacement: entry('react/styles.css') },
];

export default defineConfig({
  plugins: [react()],
  resolve: { alias: packageEntries },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/package/**', '**/node_modules/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The built package, packed and installed in apps of its own (after `npm run build`).
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          // The demo app is built once; each file then runs its own API server, site and Chromium.
          globalSetup: ['test/e2e/buildDemoApp.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          // examples/next from the packed tarball (after `npm run build`): next build, next start, Chromium.
          name: 'next',
          environment: 'node',
          include: ['test/next/**/*.e2e.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        // Production JSX to go with React's production build.
        oxc: { jsx: { runtime: 'automatic', development: false } },
        test: {
          name: 'bench',
          environment: 'node',
          // React's production build: what users run, and what the boundary benchmark should weigh.
          env: { NODE_ENV: 'production' },
          // Both benchmarks write BENCHMARKS.md: one after the other.
          fileParallelism: false,
          include: ['bench/**/*.bench.ts'],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        optimizeDeps: {
          include: [
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-runtime',
            'react/jsx-dev-runtime',
            'react-error-boundary',
            '@tanstack/react-query',
            'msw',
            'msw/browser',
            'msw-storybook-addon/csf3',
          ],
        },
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
