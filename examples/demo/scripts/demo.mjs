// `npm run demo`: the demo API server and the demo app together on loopback, with the app's URL
// printed. The app is served by Vite in development mode, so editing the kit or the app reloads it.
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../server/server.mjs';

const port = Number(process.env.PORT ?? 5173);
const api = await startDemoServer({ port: Number(process.env.DEMO_API_PORT ?? 8787) });
process.env.DEMO_API_URL = api.url;
const { createServer } = await import('vite');
const vite = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  server: { port, strictPort: false, host: '127.0.0.1' },
});
await vite.listen();
const appUrl = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nThe demo API server is at ${api.url} (control panel API under /__control).`);
console.log(`Open the demo app: ${appUrl}\n`);
console.log('Sign in with any email and password; the Control panel page switches failures on. Ctrl+C stops both.');

const stop = async () => {
  await vite.close();
  await api.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
