// The Prospects API (seed 002, Express): {error:"CODE", message, statusCode, details}, with
// details.fields as {field: [messages]} and a dev-only top-level `stack`.
import { LEAKED_DSN, LEAKED_JWT, LEAKED_SQL, LEAKED_STACK, leakedDetails } from '../hostile.mjs';
import { seedBody } from '../seeds.mjs';

const error = (status, code, message, details) => ({
  status,
  body: { error: code, message, statusCode: status, ...(details === undefined ? {} : { details }) },
});

const UNAUTHORIZED_MESSAGES = { missing: undefined, expired: 'Token expired', invalid: 'Invalid token' };

/** How the Prospects API words its errors. */
export const prospects = {
  name: 'prospects',
  // The field huge-body mode puts its giant message on.
  sampleField: 'companyName',
  // The seed's 429 example has Retry-After, X-RateLimit-Limit and -Remaining, but no -Reset.
  rateLimit: { limit: 100, headers: ['limit', 'remaining'] },
  make: error,
  unauthorized(kind, loginUrl) {
    const body = seedBody('002', 'UNAUTHORIZED');
    // "Token expired" is the seed's own `new UnauthorizedError('Token expired')`.
    body.message = UNAUTHORIZED_MESSAGES[kind] ?? body.message;
    // The seed sends no login link; odd-urls mode adds one where MediaNest keeps it.
    if (loginUrl !== undefined) body.details = { loginUrl };
    return { status: 401, body };
  },
  rateLimited({ retryAfter }) {
    const body = seedBody('002', 'RATE_LIMIT_EXCEEDED');
    body.details.retryAfter = retryAfter;
    return { status: 429, body };
  },
  badJson({ message }) {
    return error(400, 'VALIDATION_ERROR', 'Invalid request parameters', { fields: { body: [`Malformed JSON: ${message}`] } });
  },
  fieldErrors(errors, status = 400) {
    const body = seedBody('002', 'VALIDATION_ERROR');
    body.statusCode = status;
    body.details.fields = {};
    for (const { field, message } of errors) (body.details.fields[field] ??= []).push(message);
    return { status, body };
  },
  leak(status) {
    if (status >= 500) {
      const { status: code, body } = error(500, 'DATABASE_ERROR', 'Database operation failed', {
        originalMessage: `connect ECONNREFUSED ${LEAKED_DSN}`,
        ...leakedDetails(),
      });
      return { status: code, body: { ...body, stack: LEAKED_STACK } };
    }
    const { body } = error(400, 'VALIDATION_ERROR', `duplicate key value violates unique constraint: ${LEAKED_SQL}`, {
      fields: { email: [`token ${LEAKED_JWT} is not valid for ${LEAKED_DSN}`] },
    });
    return { status: 400, body: { ...body, stack: LEAKED_STACK } };
  },
  notFound(method, path) {
    return error(404, 'NOT_FOUND', `Route ${method} ${path} not found`, { resource: 'Route', id: path });
  },
  methodNotAllowed(method, path) {
    return error(405, 'METHOD_NOT_ALLOWED', `Method ${method} not allowed on ${path}`);
  },
};
