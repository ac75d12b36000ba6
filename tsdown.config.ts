import { defineConfig } from 'tsdown';

const LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'ar'];
const PRESETS = ['medianest', 'artwork', 'prospects', 'urlShortener', 'saas'];

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      core: 'src/core/index.ts',
      dialects: 'src/dialects.ts',
      fetch: 'src/fetch/index.ts',
      redact: 'src/redact/index.ts',
      'react-query': 'src/react-query/index.ts',
      swr: 'src/swr/index.ts',
      presets: 'src/presets/index.ts',
      // One entry per preset and per locale: an app pays only for the ones it imports.
      ...Object.fromEntries(PRESETS.map((name) => [`presets/${name}`, `src/presets/${name}/index.ts`])),
      ...Object.fromEntries(LOCALES.map((tag) => [`locales/${tag}`, `src/locales/${tag}.ts`])),
    },
    // One output file per source module, so a partial import pulls only the modules it reaches,
    // and each module keeps its own `'use client'`.
    unbundle: true,
    format: ['esm', 'cjs'],
    dts: true,
    exports: {
      customExports(exports) {
        exports['./styles.css'] = './dist/styles.css';
        return exports;
      },
    },
    platform: 'neutral',
    sourcemap: false,
    clean: true,
    copy: [{ from: 'src/react/styles.css', to: 'dist' }],
  },
  {
    // The `bin` (`npx api-error-kit openapi`): Node-only, one file of its own, imported by no entry
    // above, so it adds nothing to an app's bundle. Its parsers stay dependencies, not bundled.
    entry: { cli: 'src/openapi/bin.ts' },
    outDir: 'dist/bin',
    platform: 'node',
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: true,
    exports: false,
  },
]);
