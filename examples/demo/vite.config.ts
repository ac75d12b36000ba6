import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const apiTarget = process.env['DEMO_API_URL'] ?? 'http://127.0.0.1:8787';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/__control': { target: apiTarget, changeOrigin: false },
};

/** The demo app: the kit from source, the demo API server behind the dev and preview proxies. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    // Exact matches: a plain 'api-error-kit' key would also rewrite 'api-error-kit/styles.css'.
    alias: [
      { find: /^api-error-kit$/, replacement: fileURLToPath(new URL('../../src/index.ts', import.meta.url)) },
      { find: /^api-error-kit\/styles\.css$/, replacement: fileURLToPath(new URL('../../src/react/styles.css', import.meta.url)) },
      { find: /^api-error-kit\/locales\/(\w+)$/, replacement: fileURLToPath(new URL('../../src/locales/$1.ts', import.meta.url)) },
      { find: /^api-error-kit\/core$/, replacement: fileURLToPath(new URL('../../src/core/index.ts', import.meta.url)) },
      { find: /^api-error-kit\/dialects$/, replacement: fileURLToPath(new URL('../../src/dialects.ts', import.meta.url)) },
      { find: /^api-error-kit\/presets$/, replacement: fileURLToPath(new URL('../../src/presets/index.ts', import.meta.url)) },
      { find: /^api-error-kit\/presets\/(\w+)$/, replacement: fileURLToPath(new URL('../../src/presets/$1/index.ts', import.meta.url)) },
      { find: /^api-error-kit\/react-query$/, replacement: fileURLToPath(new URL('../../src/react-query/index.ts', import.meta.url)) },
      { find: /^api-error-kit\/fetch$/, replacement: fileURLToPath(new URL('../../src/fetch/index.ts', import.meta.url)) },
      { find: /^api-error-kit\/redact$/, replacement: fileURLToPath(new URL('../../src/redact/index.ts', import.meta.url)) },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { host: '127.0.0.1', proxy },
  preview: { host: '127.0.0.1', proxy },
});
