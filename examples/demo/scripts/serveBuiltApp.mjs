// The built demo app on loopback: its files, every other path answered with index.html (the
// router's routes), and /api and /__control passed through to the demo API server unchanged.
import { createServer, request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.ico': 'image/x-icon' };

function proxy(req, res, api) {
  const upstream = request({ host: api.hostname, port: api.port, path: req.url, method: req.method, headers: { ...req.headers, host: api.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end('The demo API server is not answering.');
  });
  req.pipe(upstream);
}

async function file(res, root, path) {
  // normalize() and the prefix check keep a request for "/../x" inside the build folder.
  const target = normalize(join(root, path));
  const inside = target.startsWith(root) ? target : join(root, 'index.html');
  try {
    const body = await readFile(inside);
    res.writeHead(200, { 'Content-Type': TYPES[extname(inside)] ?? 'application/octet-stream' }).end(body);
  } catch {
    const page = await readFile(join(root, 'index.html'));
    res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(page);
  }
}

/** Serves the built app from `root` and proxies the API to `apiUrl`; resolves with `{ url, close() }`. */
export async function serveBuiltApp({ root, apiUrl, port = 0, host = '127.0.0.1' }) {
  const api = new URL(apiUrl);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/') || path === '/api' || path.startsWith('/__control')) return proxy(req, res, api);
    void file(res, root, path === '/' ? 'index.html' : path);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    url: `http://${host}:${typeof address === 'object' && address ? address.port : port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
