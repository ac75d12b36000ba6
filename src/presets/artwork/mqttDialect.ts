// Artwork / player API, MQTT channel (seed 001): {status: "error", error_code, message}.
// Its validation messages name the field in quotes: "Operator 'X' not valid for numeric field 'Y'".
import { get, text } from '../../core/internal/read';
import type { Dialect } from '../../core/normalize/WireError';
import { defineDialect } from '../../core/dialects/defineDialect';

const FIELD_IN_MESSAGE = /\bfield '([^']{1,100})'/i;

/** Reads seed 001's MQTT replies, which carry a code but no HTTP status. */
export const artworkMqtt: Dialect = /* @__PURE__ */ defineDialect({ members: ['error_code'] }, (body) => {
  const code = text(body, 'error_code');
  if (get(body, 'status') !== 'error' || !code) return undefined;
  const message = text(body, 'message');
  const field = message?.match(FIELD_IN_MESSAGE)?.[1];
  return {
    dialect: 'artwork-mqtt',
    code,
    message,
    fieldErrors: field && message ? [{ field, message }] : [],
  };
});
