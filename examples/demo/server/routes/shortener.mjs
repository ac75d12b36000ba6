// URL shortener pages: the link list, one link, and the create form, with pydantic-style
// validation (422 data.validation_errors[]) and a real per-client limit of 30 creations a minute.
import { randomBytes } from 'node:crypto';
import { shortener as dialect } from '../dialects/shortener.mjs';
import { rateLimitHeaders } from '../pipeline.mjs';
import { isRecord } from '../http.mjs';
import { seedBody } from '../seeds.mjs';

const LIMIT = 30;
const WINDOW_MS = 60_000;
const CODE = /^[A-Za-z0-9_-]{4,10}$/;
const SUSPICIOUS = ['javascript:', 'data:', 'vbscript:', '<script', '../'];
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const ok = (data) => ({ success: true, data, error_code: null, error_message: null });
const randomCode = () => Array.from(randomBytes(6), (byte) => ALPHABET[byte % ALPHABET.length]).join('');

function initialLinks() {
  return [
    ['mylink', 'https://example.com/blog/2025/launch-notes', 412, ['launch']],
    ['docs', 'https://docs.example.com/getting-started', 1290, ['docs']],
    ['q1-report', 'https://files.example.com/reports/2025-q1.pdf', 37, []],
  ].map(([short_code, original_url, clicks, tags], index) => ({
    short_code,
    short_url: `https://sho.rt/${short_code}`,
    original_url,
    clicks,
    tags,
    created_at: new Date(Date.UTC(2025, 0, 9 + index, 14, 0)).toISOString(),
  }));
}

function validateLink(input) {
  const errors = [];
  const url = input.url;
  if (url === undefined || url === null || url === '') errors.push({ field: 'body.url', message: 'Field required', type: 'missing' });
  else if (typeof url !== 'string') errors.push({ field: 'body.url', message: 'Input should be a valid string', type: 'string_type' });
  else {
    const pattern = SUSPICIOUS.find((p) => url.toLowerCase().includes(p));
    let protocol = '';
    try {
      protocol = new URL(url).protocol;
    } catch {
      // Unparsable: reported below like any non-http(s) value.
    }
    if (url.length > 2048) errors.push({ field: 'body.url', message: 'URL validation failed: URL is too long (max 2048 characters)', type: 'value_error' });
    else if (pattern) errors.push({ field: 'body.url', message: `URL validation failed: URL contains suspicious pattern: ${pattern}`, type: 'value_error' });
    else if (protocol !== 'http:' && protocol !== 'https:') errors.push({ field: 'body.url', message: 'URL validation failed: URL must be a valid HTTP or HTTPS URL', type: 'value_error' });
  }
  const custom = input.custom_code;
  if (custom !== undefined && custom !== null && custom !== '' && (typeof custom !== 'string' || !CODE.test(custom))) {
    errors.push({ field: 'body.custom_code', message: "String should match pattern '^[a-zA-Z0-9_-]{4,10}$'", type: 'string_pattern_mismatch' });
  }
  const tags = input.tags ?? [];
  if (!Array.isArray(tags) || tags.length > 5 || tags.some((tag) => typeof tag !== 'string' || tag.length > 20)) {
    errors.push({ field: 'body.tags', message: 'Tags must be a list of at most 5 strings of up to 20 characters', type: 'value_error' });
  }
  return errors;
}

/** The URL shortener routes, their store and their real rate limiter. */
export function createShortenerRoutes() {
  let links = initialLinks();
  let windows = new Map();
  const route = (method, path, handle) => ({ method, path, dialect, data: true, handle });

  // A sliding window per client: the wait is until the oldest call in it leaves.
  const overLimit = (client, now) => {
    const recent = (windows.get(client) ?? []).filter((t) => t > now - WINDOW_MS);
    recent.push(now);
    windows.set(client, recent);
    if (recent.length <= LIMIT) return undefined;
    return { count: recent.length, retryAfter: Math.max(1, Math.ceil((recent[recent.length - LIMIT] + WINDOW_MS - now) / 1000)) };
  };

  const routes = [
    route('GET', '/api/shortener/urls', (ctx) => ctx.reply(200, ok({ items: links, total: links.length }))),
    route('GET', '/api/shortener/urls/:code', (ctx) => {
      const found = links.find((link) => link.short_code === ctx.params.code);
      if (found) return ctx.reply(200, ok(found));
      const body = seedBody('003', 'NOT_FOUND');
      body.error_message = `Short URL '${ctx.params.code}' not found`;
      return ctx.send({ status: 404, body }, 'not-found');
    }),
    route('POST', '/api/shortener/urls', (ctx) => {
      const now = Date.now();
      const limited = overLimit(ctx.client, now);
      if (limited) {
        const result = dialect.rateLimited({ retryAfter: limited.retryAfter, limit: LIMIT, count: limited.count });
        return ctx.send({ ...result, headers: rateLimitHeaders(dialect, limited.retryAfter, LIMIT, now) }, 'shortener-limit');
      }
      const input = isRecord(ctx.body) ? ctx.body : {};
      const errors = validateLink(input);
      if (errors.length > 0) return ctx.send(dialect.fieldErrors(errors), 'validation');
      const code = input.custom_code || randomCode();
      if (links.some((link) => link.short_code === code)) {
        const body = seedBody('003', 'CONFLICT');
        body.error_message = `Short code '${code}' is already taken`;
        return ctx.send({ status: 409, body }, 'conflict');
      }
      const created = { short_code: code, short_url: `https://sho.rt/${code}`, original_url: input.url, clicks: 0, tags: input.tags ?? [], created_at: new Date(now).toISOString() };
      links = [created, ...links];
      return ctx.reply(201, ok(created));
    }),
  ];

  return {
    routes,
    reset() {
      links = initialLinks();
      windows = new Map();
    },
  };
}
