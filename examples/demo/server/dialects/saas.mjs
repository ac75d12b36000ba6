// The SaaS with plans (seed 004, FastAPI): {success:false, error:{code, message, context}}.
// Also the dialect of the login API and of any /api path nobody serves.
import { LEAKED_DSN, LEAKED_JWT, LEAKED_SQL, leakedDetails } from '../hostile.mjs';
import { seedBody, seedExample } from '../seeds.mjs';

const error = (status, code, message, context) => ({
  status,
  body: { success: false, error: { code, message, ...(context === undefined ? {} : { context }) } },
});

const UNAUTHORIZED_CODES = { missing: 'UNAUTHORIZED', expired: 'TOKEN_EXPIRED', invalid: 'TOKEN_INVALID' };

/** How the SaaS API words its errors. */
export const saas = {
  name: 'saas',
  // The field huge-body mode puts its giant message on.
  sampleField: 'email',
  rateLimit: { limit: 60, headers: ['limit', 'remaining', 'reset'] },
  make: error,
  unauthorized(kind, loginUrl) {
    const example = seedExample('004', UNAUTHORIZED_CODES[kind] ?? 'UNAUTHORIZED');
    // The seed sends no login link; odd-urls mode adds one where MediaNest keeps it.
    if (loginUrl !== undefined) example.body.error.context = { loginUrl };
    return example;
  },
  rateLimited() {
    return seedExample('004', 'RATE_LIMIT_EXCEEDED');
  },
  badJson() {
    return seedExample('004', 'VALIDATION_ERROR', { message: 'Invalid JSON' });
  },
  fieldErrors(errors, status = 422) {
    const body = seedBody('004', 'VALIDATION_ERROR', { message: 'Validation failed' });
    body.error.context.errors = errors.map(({ field, message, type = 'value_error' }) => ({ field, message, type }));
    // The seed's pattern: one error repeats its sentence as the message, several list the fields.
    body.error.message = errors.length === 1 ? errors[0].message : `Validation failed for: ${errors.map((e) => e.field).join(', ')}`;
    if (errors.every((e) => e.type === 'missing')) body.error.message = `Required fields are missing: ${errors.map((e) => e.field).join(', ')}`;
    return { status, body };
  },
  leak(status) {
    if (status >= 500) return error(500, 'INTERNAL_SERVER_ERROR', `could not connect to ${LEAKED_DSN}`, leakedDetails());
    return error(422, 'VALIDATION_ERROR', `Validation failed for: ${LEAKED_SQL}`, {
      errors: [{ field: 'token', message: `'${LEAKED_JWT}' is not a valid token.`, type: 'value_error' }],
      ...leakedDetails(),
    });
  },
  notFound(method, path) {
    const body = seedBody('004', 'NOT_FOUND');
    body.error.message = `The requested resource '${path}' was not found.`;
    body.error.context = { path, method };
    return { status: 404, body };
  },
  methodNotAllowed(method, path) {
    const body = seedBody('004', 'METHOD_NOT_ALLOWED');
    body.error.message = `Method '${method}' is not allowed for '${path}'.`;
    body.error.context = { path, method };
    return { status: 405, body };
  },
};
