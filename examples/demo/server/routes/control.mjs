// The control panel's HTTP face: GET /__control (state), GET /__control/stats, and
// POST /__control/<action> with an optional JSON body of options.
import { isRecord, writeJson } from '../http.mjs';

const json = (ctx, status, body, headers) => writeJson(ctx.res, status, body, headers);

// `curl -d '{"seconds":5}'` labels JSON as a form: the panel reads JSON whatever the label says.
function options(ctx) {
  if (ctx.bodyKind !== 'form') return { value: ctx.body, error: ctx.parseError };
  try {
    return { value: JSON.parse(ctx.rawBody.toString('utf8')) };
  } catch {
    return { value: ctx.body };
  }
}

/** Answers a /__control request. Never touches the request stats: the panel is not the app. */
export function serveControl(ctx) {
  const { control, stats } = ctx.app;
  const action = ctx.path.replace(/^\/__control\/?/, '');
  const allow = action === '' || action === 'stats' ? 'GET, HEAD, OPTIONS' : 'POST, OPTIONS';

  if (ctx.method === 'OPTIONS') {
    ctx.res.writeHead(204, { Allow: allow });
    return ctx.res.end();
  }
  if (action === '' || action === 'stats') {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return json(ctx, 405, { error: 'method_not_allowed', message: `use GET for ${ctx.path}` }, { Allow: allow });
    return json(ctx, 200, action === '' ? control.snapshot() : stats.snapshot());
  }
  if (ctx.method !== 'POST') return json(ctx, 405, { error: 'method_not_allowed', message: `use POST for ${ctx.path}` }, { Allow: allow });
  const { value, error } = options(ctx);
  if (error) return json(ctx, 400, { error: 'bad_json', message: error.message });

  const outcome = control.apply(action, isRecord(value) ? value : {});
  if (outcome.unknown) return json(ctx, 404, { error: 'unknown_action', message: outcome.message, actions: control.actions });
  if (!outcome.ok) return json(ctx, 400, { error: 'bad_option', message: outcome.message });
  return json(ctx, 200, { ok: true, action, result: outcome.result, state: control.snapshot() });
}
