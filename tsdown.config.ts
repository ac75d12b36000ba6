import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core/index.ts',
    dialects: 'src/dialects.ts',
    // One entry per locale: an app pays only for the languages it imports.
    ...Object.fromEntries(['en', 'de', 'fr', 'es', 'ja', 'ar'].map((tag) => [`locales/${tag}`, `src/locales/${tag}.ts`])),
  },
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
});
