// MediaNest (seed 000): {success:false, error:{code, message, details}} with X-Error-Code and
// X-Correlation-ID on every error, and the X-RateLimit-* family on 429s.
import { LEAKED_DSN, LEAKED_JWT, LEAKED_SQL, leakedDetails } from '../hostile.mjs';
import { randomId } from '../http.mjs';
import { seedBody } from '../seeds.mjs';

const error = (status, code, message, details) => ({
  status,
  body: { success: false, error: { code, message, ...(details === undefined ? {} : { details }) } },
});

/** How MediaNest words its errors. */
export const medianest = {
  name: 'medianest',
  // The field huge-body mode puts its giant message on.
  sampleField: 'title',
  rateLimit: { limit: 100, headers: ['limit', 'remaining', 'reset'] },
  make: error,
  headers(status, body) {
    const headers = { 'X-Correlation-ID': randomId('req_') };
    if (status >= 400 && typeof body?.error?.code === 'string') headers['X-Error-Code'] = body.error.code;
    return headers;
  },
  unauthorized(kind, loginUrl = '/login') {
    if (kind === 'expired') {
      // The seed lists TOKEN_EXPIRED (401) without an example; worded like seed 004's.
      return error(401, 'TOKEN_EXPIRED', 'Your session has expired. Please log in again.', { reason: 'token_expired', loginUrl });
    }
    const body = kind === 'invalid' ? seedBody('000', 'TOKEN_ERROR') : seedBody('000', 'UNAUTHORIZED');
    body.error.details.loginUrl = loginUrl;
    return { status: 401, body };
  },
  rateLimited({ retryAfter, limit }) {
    const body = seedBody('000', 'RATE_LIMIT_EXCEEDED');
    Object.assign(body.error.details, { limit, retry_after: retryAfter, requests_made: limit + 1 });
    return { status: 429, body };
  },
  badJson({ line, column }) {
    const body = seedBody('000', 'INVALID_INPUT');
    Object.assign(body.error.details, { line, column });
    return { status: 400, body };
  },
  fieldErrors(errors, status = 400) {
    const body = seedBody('000', 'VALIDATION_ERROR');
    body.error.details.errors = errors.map(({ field, message, value }) => ({ field, message, ...(value === undefined ? {} : { value }) }));
    return { status, body };
  },
  leak(status) {
    if (status >= 500) {
      return error(500, 'INTERNAL_ERROR', `connect ECONNREFUSED ${LEAKED_DSN}`, {
        error_id: randomId('err_'),
        timestamp: new Date().toISOString(),
        ...leakedDetails(),
      });
    }
    return error(400, 'VALIDATION_ERROR', `jwt malformed: ${LEAKED_JWT}`, {
      errors: [{ field: 'authorization', message: `Bearer ${LEAKED_JWT} rejected by ${LEAKED_SQL}`, value: LEAKED_JWT }],
      ...leakedDetails(),
    });
  },
  notFound(method, path) {
    return error(404, 'NOT_FOUND', 'The requested resource was not found.', { resource_type: 'route', method, path });
  },
  methodNotAllowed(method, path) {
    return error(405, 'METHOD_NOT_ALLOWED', `Method ${method} is not allowed for ${path}.`, { method, path });
  },
};
