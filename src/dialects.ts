// `api-error-kit/dialects`: each standard wire format on its own, for `createErrorKit({ dialects })`.
// Name them most specific first; end with `genericJson` and `textBody` to read anything else, or
// take them all, in order, as `standardDialects`.
export { awsJson } from './core/dialects/awsJson';
export { defineDialect } from './core/dialects/defineDialect';
export { detailSentence } from './core/dialects/detailSentence';
export { drfFields } from './core/dialects/drfFields';
export { fastapiValidation } from './core/dialects/fastapiValidation';
export { genericJson } from './core/dialects/genericJson';
export { googleRpc } from './core/dialects/googleRpc';
export { graphql } from './core/dialects/graphql';
export { jsonApi } from './core/dialects/jsonApi';
export { laravel } from './core/dialects/laravel';
export { nestValidation } from './core/dialects/nestValidation';
export { okFalse } from './core/dialects/okFalse';
export { postgrest } from './core/dialects/postgrest';
export { problemJson } from './core/dialects/problemJson';
export { readEnvelope } from './core/dialects/readEnvelope';
export type { EnvelopePath, EnvelopeShape } from './core/dialects/readEnvelope';
export { standardDialects } from './core/dialects/standardDialects';
export { taggedSummary } from './core/dialects/taggedSummary';
export { textBody } from './core/dialects/text';
export { xmlError } from './core/dialects/xmlError';
export type { Dialect, DialectTraits, WireError } from './core/normalize/WireError';
