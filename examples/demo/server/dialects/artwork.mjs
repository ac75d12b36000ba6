// The artwork API (seed 001, FastAPI): {detail: "sentence"}, no code, the status and the sentence
// are all a client gets. Schema failures are FastAPI's own 422 {detail: [{type, loc, msg}]}.
import { LEAKED_FILE, LEAKED_JWT, LEAKED_SQL, LEAKED_TRACEBACK } from '../hostile.mjs';
import { seedExample } from '../seeds.mjs';

const sentence = (status, detail) => ({ status, body: { detail } });

/** How the artwork API words its errors. */
export const artwork = {
  name: 'artwork',
  // The field huge-body mode puts its giant message on.
  sampleField: 'title',
  // The seed documents no rate-limit headers; the demo sends the usual family so the kit's header
  // reading is exercised on a code-less API too.
  rateLimit: { limit: 4, headers: ['limit', 'remaining', 'reset'] },
  make: (status, _code, message) => sentence(status, message),
  unauthorized(kind) {
    // A session cookie is this API's refresh token: absent and stale are worded differently.
    return seedExample('001', kind === 'missing' ? 'No refresh token found in cookie' : 'Invalid or expired refresh token');
  },
  rateLimited({ route }) {
    if (route.path.endsWith('/upload')) return seedExample('001', 'Upload rate limit exceeded. Please try again later.');
    // Worded after the seed's "Too many credential requests. Please try again later."
    return sentence(429, 'Too many storage requests. Please try again later.');
  },
  badJson({ position }) {
    return {
      status: 422,
      body: { detail: [{ type: 'json_invalid', loc: ['body', position], msg: 'JSON decode error', input: {}, ctx: { error: 'Expecting value' } }] },
    };
  },
  fieldErrors(errors, status = 422) {
    const detail = errors.map(({ field, message, value, type = 'value_error' }) => ({
      type,
      loc: ['body', field],
      msg: message,
      ...(value === undefined ? {} : { input: value }),
    }));
    return { status, body: { detail } };
  },
  leak(status) {
    if (status >= 500) return sentence(500, LEAKED_TRACEBACK);
    return sentence(400, `Invalid license_id: token ${LEAKED_JWT} from ${LEAKED_FILE} failed ${LEAKED_SQL}`);
  },
  notFound: () => sentence(404, 'Not Found'),
  methodNotAllowed: () => sentence(405, 'Method Not Allowed'),
};
