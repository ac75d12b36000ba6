// Small wire helpers on top of node:http: exact Content-Length, tolerant body reading.
import { randomBytes } from 'node:crypto';

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random lowercase id like seed 000's `req_abc123xyz` / `err_abc123xyz`. */
export function randomId(prefix, length = 9) {
  return prefix + Array.from(randomBytes(length), (byte) => BASE36[byte % 36]).join('');
}

/** Writes a JSON answer with an exact Content-Length; `headers` may override the defaults. */
export function writeJson(res, status, body, headers = {}) {
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': payload.length,
    // The demo's answers change with the control panel: a cached answer would lie.
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(payload);
}

/** Writes a text/html answer with an exact Content-Length. */
export function writeHtml(res, status, html, headers = {}) {
  const payload = Buffer.from(html, 'utf8');
  res.writeHead(status, { 'Content-Type': 'text/html', 'Content-Length': payload.length, ...headers });
  res.end(payload);
}

/**
 * Reads a request body, keeping at most `limit` bytes but always draining the rest so the
 * connection stays usable; resolves (never rejects) even when the client goes away mid-body.
 */
export function readBody(req, limit) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    let done = false;
    const finish = (aborted) => {
      if (done) return;
      done = true;
      resolve({ buffer: Buffer.concat(chunks), size, truncated: size > limit, aborted });
    };
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => finish(false));
    req.on('error', () => finish(true));
    req.on('close', () => finish(!req.complete));
  });
}

// A prefix that fails only because it ends early ("{\"a\":") is not where the mistake is.
function failsBeforeEnd(prefix) {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    if (/end of JSON/.test(error.message)) return false;
    const stated = /position (\d+)/.exec(error.message);
    return stated ? Number(stated[1]) < prefix.length : true;
  }
}

// V8 names no position for an unexpected token, yet MediaNest's INVALID_INPUT states line and
// column: find the shortest prefix that fails for a reason other than ending early.
function errorPosition(text, message) {
  const stated = /position (\d+)/.exec(message);
  if (stated) return Number(stated[1]);
  if (/end of JSON/.test(message)) return text.length;
  let low = 0;
  let high = text.length;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (failsBeforeEnd(text.slice(0, mid))) high = mid;
    else low = mid;
  }
  return high - 1;
}

function lineAndColumn(text, position) {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Parses a body by its Content-Type: form-encoded, multipart (left raw for the upload route),
 * otherwise JSON whatever the label says (fetch sends text/plain when a caller forgets).
 * Returns `{ ok: true, value, kind }` or `{ ok: false, error: { message, position, line, column } }`.
 */
export function parseBody(buffer, contentType = '') {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'multipart/form-data' || type.startsWith('image/') || type === 'application/octet-stream') {
    return { ok: true, value: undefined, kind: 'binary' };
  }
  const text = buffer.toString('utf8');
  if (type === 'application/x-www-form-urlencoded') {
    return { ok: true, value: Object.fromEntries(new URLSearchParams(text)), kind: 'form' };
  }
  if (text.trim() === '') return { ok: true, value: undefined, kind: 'empty' };
  try {
    return { ok: true, value: JSON.parse(text), kind: 'json' };
  } catch (error) {
    const position = errorPosition(text, error.message);
    return { ok: false, error: { message: error.message, position, ...lineAndColumn(text, position) } };
  }
}

/** The cookies of a request as a plain object; undecodable values are kept as sent. */
export function parseCookies(header = '') {
  const cookies = {};
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 1) continue;
    const raw = part.slice(index + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // A malformed escape is the client's problem; the raw text still identifies it.
    }
    cookies[part.slice(0, index).trim()] = value;
  }
  return cookies;
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed string field of a parsed body, or '' when absent or not text. */
export function textField(input, name) {
  const value = isRecord(input) ? input[name] : undefined;
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}
