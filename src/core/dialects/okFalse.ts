// Slack's Web API, and APIs built like it, answer HTTP 200 and say in the body that the call
// failed: {ok: false, error: "missing_scope", needed: "chat:write", provided: "…"}.
import { get, isRecord, text } from '../internal/read';
import { bodyRetryAfterMs } from '../normalize/bodyHints';
import type { Dialect } from '../normalize/WireError';
import { defineDialect } from './defineDialect';

/** Reads `{ok: false, error: "code"}`: a failure reported in a 200 response. */
export const okFalse: Dialect = /* @__PURE__ */ defineDialect({ members: ['ok'] }, (body) => {
  const code = isRecord(body) && get(body, 'ok') === false ? text(body, 'error') : undefined;
  if (!code) return undefined;
  const needed = text(body, 'needed');
  return {
    dialect: 'ok-false',
    // The code decides (`invalid_auth`, `missing_scope`, `ratelimited`); one no registry knows stays unknown.
    code,
    details: needed ? { needed } : undefined,
    retryAfterMs: bodyRetryAfterMs(body),
  };
});
