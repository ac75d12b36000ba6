// MediaNest pages: the media request list (and adding one), the Plex server's status and
// libraries (down while "Plex offline" is on), and the Plex PIN check of its sign-in flow.
import { randomUUID } from 'node:crypto';
import { medianest } from '../dialects/medianest.mjs';
import { ODD_PIN_AUTH_URL } from '../hostile.mjs';
import { isRecord, textField } from '../http.mjs';
import { seedBody, seedExample } from '../seeds.mjs';

const PLEX_SERVER = { server_url: 'https://plex.local:32400', name: 'Basement Plex', version: '1.41.3.9314', platform: 'Linux' };
const LIBRARIES = [
  { key: '1', title: 'Movies', type: 'movie', count: 1432 },
  { key: '2', title: 'TV Shows', type: 'show', count: 214 },
  { key: '3', title: 'Music', type: 'artist', count: 3780 },
];
const MEDIA_TYPES = ['movie', 'tv'];

function initialRequests() {
  return [
    ['Inception', 27205, 'movie', 'available', 'alex', '2025-01-12T18:04:00.000Z'],
    ['Severance', 95396, 'tv', 'pending', 'sam', '2025-01-13T09:30:00.000Z'],
    ['Dune: Part Two', 693134, 'movie', 'processing', 'alex', '2025-01-14T21:12:00.000Z'],
    ['The Bear', 136315, 'tv', 'approved', 'jo', '2025-01-15T07:45:00.000Z'],
    ['Arrival', 329865, 'movie', 'declined', 'sam', '2025-01-15T10:02:00.000Z'],
  ].map(([title, tmdbId, mediaType, status, requestedBy, requestedAt]) => ({ id: randomUUID(), title, tmdbId, mediaType, status, requestedBy, requestedAt }));
}

const ok = (data) => ({ success: true, data });

function validateRequest(input) {
  const errors = [];
  const title = textField(input, 'title');
  const rawId = isRecord(input) ? input.tmdbId : undefined;
  const tmdbId = Number(rawId);
  const mediaType = textField(input, 'mediaType');
  if (!title) errors.push({ field: 'title', message: 'Title is required', value: '' });
  if (!Number.isInteger(tmdbId) || tmdbId <= 0 || typeof rawId === 'boolean') {
    errors.push({ field: 'tmdbId', message: 'TMDB ID must be a positive integer', value: String(rawId ?? '') });
  }
  if (!MEDIA_TYPES.includes(mediaType)) errors.push({ field: 'mediaType', message: `Media type must be one of: ${MEDIA_TYPES.join(', ')}`, value: mediaType });
  return { errors, title, tmdbId, mediaType };
}

// While Plex is "offline" every Plex call fails the way the seed describes, then recovers alone.
function plexFailure(app, operation) {
  const plex = app.control.plex();
  if (!plex.offline) return undefined;
  if (plex.kind === 'timeout') {
    const example = seedExample('000', 'PLEX_TIMEOUT');
    example.body.error.details.operation = operation;
    return example;
  }
  const example = seedExample('000', 'PLEX_UNREACHABLE');
  example.body.error.details.last_successful = plex.lastSuccessful;
  return example;
}

/** The MediaNest routes and their in-memory store. */
export function createMedianestRoutes(app) {
  let requests = initialRequests();
  const route = (method, path, handle, data = true) => ({ method, path, dialect: medianest, data, handle });

  const routes = [
    route('GET', '/api/medianest/requests', (ctx) => ctx.reply(200, ok(requests))),
    route('POST', '/api/medianest/requests', (ctx) => {
      const { errors, title, tmdbId, mediaType } = validateRequest(ctx.body);
      if (errors.length > 0) return ctx.send(medianest.fieldErrors(errors), 'validation');
      const existing = requests.find((request) => request.tmdbId === tmdbId);
      if (existing) {
        const body = seedBody('000', 'DUPLICATE_RESOURCE');
        Object.assign(body.error.details, { existing_id: existing.id, conflict_value: String(tmdbId) });
        return ctx.send({ status: 409, body }, 'conflict');
      }
      const created = { id: randomUUID(), title, tmdbId, mediaType, status: 'pending', requestedBy: ctx.session.session.email, requestedAt: new Date().toISOString() };
      requests = [...requests, created];
      return ctx.reply(201, ok(created));
    }),
    route('GET', '/api/medianest/plex/status', (ctx) => {
      const failure = plexFailure(app, 'server_status');
      if (failure) return ctx.send(failure, 'plex-offline');
      app.control.notePlexSuccess();
      return ctx.reply(200, ok({ online: true, ...PLEX_SERVER, libraries: LIBRARIES.length, active_streams: 1, checked_at: new Date().toISOString() }));
    }),
    route('GET', '/api/medianest/plex/libraries', (ctx) => {
      const failure = plexFailure(app, 'library_search');
      if (failure) return ctx.send(failure, 'plex-offline');
      app.control.notePlexSuccess();
      return ctx.reply(200, ok(LIBRARIES));
    }),
    // Part of signing in, so it needs no session; odd-urls mode points it away from plex.tv.
    route(
      'GET',
      '/api/medianest/plex/pin',
      (ctx) => {
        if (app.control.pinAuthorized) return ctx.reply(200, ok({ authorized: true, pin_id: '123456' }));
        const example = seedExample('000', 'PIN_NOT_AUTHORIZED');
        example.body.error.details.expires_at = new Date(Date.now() + 15 * 60 * 1000).toISOString();
        if (app.control.oddUrls) example.body.error.details.auth_url = ODD_PIN_AUTH_URL;
        return ctx.send(example, app.control.oddUrls ? 'odd-urls' : 'pin-not-authorized');
      },
      false,
    ),
  ];

  return {
    routes,
    reset() {
      requests = initialRequests();
    },
  };
}
