// `api-error-kit/dialects`: each wire format on its own, for `createNormalizer({ dialects })`.
// Name them most specific first; end with `genericJson` and `textBody` to read anything else.
export { artworkMqtt } from './core/dialects/artworkMqtt';
export { defineDialect } from './core/dialects/defineDialect';
export { detailSentence } from './core/dialects/detailSentence';
export { drfFields } from './core/dialects/drfFields';
export { fastapiValidation } from './core/dialects/fastapiValidation';
export { genericJson } from './core/dialects/genericJson';
export { googleRpc } from './core/dialects/googleRpc';
export { graphql } from './core/dialects/graphql';
export { jsonApi } from './core/dialects/jsonApi';
export { laravel } from './core/dialects/laravel';
export { medianest } from './core/dialects/medianest';
export { problemJson } from './core/dialects/problemJson';
export { prospects } from './core/dialects/prospects';
export { saasEnvelope } from './core/dialects/saasEnvelope';
export { textBody } from './core/dialects/text';
export { urlShortener } from './core/dialects/urlShortener';
export type { Dialect, DialectTraits, WireError } from './core/normalize/WireError';
