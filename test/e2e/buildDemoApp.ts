import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Vitest's global setup for the end-to-end project: the demo app is built once, as production would serve it. */
export default async function buildDemoApp(): Promise<void> {
  // Vitest runs with NODE_ENV=test, which Vite would carry into the bundle (React's development build).
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ configFile: fileURLToPath(new URL('../../examples/demo/vite.config.ts', import.meta.url)), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
}
