// The URL shortener (seed 003, FastAPI): {success:false, data, error_code, error_message}, with
// 422 data.validation_errors[] ("body.url" style fields) and data.retry_after on 429.
import { LEAKED_DSN, LEAKED_JWT, LEAKED_SQL, LEAKED_TRACEBACK, leakedDetails } from '../hostile.mjs';
import { seedBody } from '../seeds.mjs';

const error = (status, code, message, data = null) => ({
  status,
  body: { success: false, data, error_code: code, error_message: message },
});

/** How the URL shortener words its errors. */
export const shortener = {
  name: 'shortener',
  // The field huge-body mode puts its giant message on.
  sampleField: 'body.url',
  rateLimit: { limit: 30, headers: ['limit', 'remaining', 'reset'] },
  make: error,
  unauthorized(_kind, loginUrl) {
    const body = seedBody('003', 'UNAUTHORIZED');
    // The seed sends data: null; odd-urls mode adds a login link where MediaNest keeps it.
    if (loginUrl !== undefined) body.data = { loginUrl };
    return { status: 401, body };
  },
  rateLimited({ retryAfter, limit, count = limit + 1 }) {
    const body = seedBody('003', 'RATE_LIMIT_EXCEEDED');
    body.data = { retry_after: retryAfter, current_count: count, limit };
    body.error_message = `Rate limit exceeded. Please try again in ${retryAfter} seconds.`;
    return { status: 429, body };
  },
  badJson() {
    // The seed names malformed JSON as a BAD_REQUEST cause; its example body is used as is.
    return { status: 400, body: seedBody('003', 'BAD_REQUEST') };
  },
  fieldErrors(errors, status = 422) {
    const body = seedBody('003', 'VALIDATION_ERROR');
    body.data.validation_errors = errors.map(({ field, message, type = 'value_error' }) => ({ field, message, type }));
    return { status, body };
  },
  leak(status) {
    if (status >= 500) return error(500, 'INTERNAL_ERROR', `An unexpected error occurred: ${LEAKED_TRACEBACK}`, leakedDetails());
    return error(422, 'VALIDATION_ERROR', `Request validation failed for ${LEAKED_DSN}`, {
      validation_errors: [{ field: 'body.url', message: `token ${LEAKED_JWT} rejected: ${LEAKED_SQL}`, type: 'value_error' }],
      ...leakedDetails(),
    });
  },
  notFound(_method, path) {
    return error(404, 'NOT_FOUND', `Resource '${path}' not found`);
  },
  methodNotAllowed(method, path) {
    return error(405, 'METHOD_NOT_ALLOWED', `Method ${method} not allowed on ${path}`);
  },
};
