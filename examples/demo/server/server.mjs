// The demo API server: five real APIs' error dialects, a cookie login, and a control panel that
// switches failures on. `node examples/demo/server/server.mjs [--port 8787] [--host 127.0.0.1]`
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { createApp } from './app.mjs';
import { createContext } from './context.mjs';
import { parseBody, readBody } from './http.mjs';
import { serveDataRoute } from './pipeline.mjs';
import { dialectForPath } from './router.mjs';
import { serveControl } from './routes/control.mjs';

const JSON_BODY_LIMIT = 1024 * 1024;

// req.url is kept as sent: new URL() would read "//evil/x" as a host, and routes match raw segments.
function splitTarget(target = '/') {
  const index = target.indexOf('?');
  return index < 0 ? { path: target, query: new URLSearchParams() } : { path: target.slice(0, index), query: new URLSearchParams(target.slice(index + 1)) };
}

async function readInto(ctx, limit) {
  const body = await readBody(ctx.req, limit);
  const parsed = parseBody(body.buffer, ctx.req.headers['content-type']);
  Object.assign(ctx, { rawBody: body.buffer, bodySize: body.size, bodyTruncated: body.truncated, bodyKind: parsed.kind, body: parsed.value, parseError: parsed.error });
  return !body.aborted;
}

async function serveApi(ctx) {
  const { app, method, path } = ctx;
  const { route, params, allow } = app.router.match(method, path);
  Object.assign(ctx, { route, params: params ?? {}, dialect: route?.dialect ?? dialectForPath(path) });
  ctx.entry = app.stats.begin({ method, path, route: route ? `${route.method} ${route.path}` : `${method} (unmatched)`, client: ctx.client });
  ctx.res.on('close', () => {
    const status = ctx.res.headersSent ? ctx.res.statusCode : 0;
    app.stats.finish(ctx.entry, { status, scenario: ctx.scenario ?? 'aborted', delayedMs: ctx.delayedMs });
  });

  if (method === 'OPTIONS' && allow) {
    ctx.scenario = 'options';
    ctx.res.writeHead(204, { Allow: allow.join(', ') });
    return ctx.res.end();
  }
  if (allow) return ctx.send({ ...ctx.dialect.methodNotAllowed(method, path), headers: { Allow: allow.join(', ') } }, 'method-not-allowed');
  if (!route) return ctx.send(ctx.dialect.notFound(method, path), 'not-found');

  if (!(await readInto(ctx, route.bodyLimit ?? JSON_BODY_LIMIT))) return;
  if (ctx.bodyTruncated && route.bodyLimit === undefined) {
    return ctx.send(ctx.dialect.make(413, 'PAYLOAD_TOO_LARGE', 'Request body is too large.'), 'payload-too-large');
  }
  if (route.data) return serveDataRoute(ctx);
  if (ctx.parseError) return ctx.send(ctx.dialect.badJson(ctx.parseError), 'bad-json');
  return route.handle(ctx);
}

async function serve(app, req, res) {
  const ctx = createContext(app, req, res, splitTarget(req.url));
  try {
    if (ctx.path === '/__control' || ctx.path.startsWith('/__control/')) {
      if (await readInto(ctx, JSON_BODY_LIMIT)) serveControl(ctx);
      return;
    }
    if (!ctx.path.startsWith('/api/')) {
      ctx.dialect = dialectForPath(ctx.path);
      return ctx.send(ctx.dialect.notFound(ctx.method, ctx.path), 'not-found');
    }
    await serveApi(ctx);
  } catch (error) {
    // A bug here must cost one request, never the server the whole test run depends on.
    console.error('demo server: request failed', error);
    if (res.headersSent) res.destroy();
    else ctx.send((ctx.dialect ?? dialectForPath('')).make(500, 'INTERNAL_ERROR', 'An unexpected error occurred'), 'crash');
  }
}

/**
 * Starts a demo server on loopback. Resolves to `{ url, port, close }`; `close()` ends held
 * requests and open connections, so a test run exits promptly.
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  const app = createApp();
  const server = http.createServer((req, res) => void serve(app, req, res));
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = server.address().port;
  let closing;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
    port: actual,
    app,
    close() {
      closing ??= new Promise((resolve) => {
        for (const waiter of [...app.delays]) waiter.cancel();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function option(args, name) {
  const inline = args.find((arg) => arg.startsWith(`${name}=`));
  if (inline) return inline.slice(name.length + 1);
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const port = Number(option(args, '--port') ?? process.env.PORT ?? 8787);
  const host = option(args, '--host') ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`demo server: --port must be 0-65535, got ${option(args, '--port')}`);
    process.exit(2);
  }
  try {
    const demo = await startDemoServer({ port, host });
    console.log(demo.url);
    console.error(`demo server: API under ${demo.url}/api/, control panel at ${demo.url}/__control (Ctrl+C stops)`);
    const stop = () => demo.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`demo server: cannot listen on ${host}:${port}: ${error.message}`);
    process.exit(1);
  }
}
