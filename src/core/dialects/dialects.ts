import { artworkMqtt } from './artworkMqtt';
import { detailSentence } from './detailSentence';
import { drfFields } from './drfFields';
import { fastapiValidation } from './fastapiValidation';
import { genericJson } from './genericJson';
import { googleRpc } from './googleRpc';
import { graphql } from './graphql';
import { jsonApi } from './jsonApi';
import { laravel } from './laravel';
import { medianest } from './medianest';
import { problemJson } from './problemJson';
import { prospects } from './prospects';
import { saasEnvelope } from './saasEnvelope';
import { textBody } from './text';
import { urlShortener } from './urlShortener';
import type { Dialect } from '../normalize/WireError';

/**
 * Every dialect by name, in detection order: the most specific shapes first, so a body that
 * could pass for two formats goes to the one that explains more of it. Standard formats with a
 * content type or distinctive members lead; the seeds' envelopes follow; loose shapes
 * (`{detail}`, field maps, any `{message}`) come last, and a string body goes to `text`.
 */
export const DIALECTS = {
  'problem+json': problemJson,
  'google-rpc': googleRpc,
  graphql,
  'json:api': jsonApi,
  medianest,
  'saas-envelope': saasEnvelope,
  'url-shortener': urlShortener,
  prospects,
  'artwork-mqtt': artworkMqtt,
  fastapi: fastapiValidation,
  detail: detailSentence,
  laravel,
  drf: drfFields,
  json: genericJson,
  text: textBody,
} as const satisfies Record<string, Dialect>;

/** The name of a wire format the kit reads, as `ApiError.dialect` reports it. */
export type DialectName = keyof typeof DIALECTS;

/** True for a name in DIALECTS itself: `constructor` or `__proto__` are not dialects. */
export function isDialectName(name: unknown): name is DialectName {
  return typeof name === 'string' && Object.hasOwn(DIALECTS, name);
}
