import { awsJson } from './awsJson';
import { detailSentence } from './detailSentence';
import { drfFields } from './drfFields';
import { fastapiValidation } from './fastapiValidation';
import { genericJson } from './genericJson';
import { googleRpc } from './googleRpc';
import { graphql } from './graphql';
import { jsonApi } from './jsonApi';
import { laravel } from './laravel';
import { nestValidation } from './nestValidation';
import { okFalse } from './okFalse';
import { postgrest } from './postgrest';
import { problemJson } from './problemJson';
import { taggedSummary } from './taggedSummary';
import { textBody } from './text';
import { xmlError } from './xmlError';
import type { Dialect } from '../normalize/WireError';

/**
 * Every standard format, in detection order: the most specific shapes first, so a body that
 * could pass for two formats goes to the one that explains more of it. Formats with a content
 * type or distinctive members lead; loose shapes (`{detail}`, field maps, any `{message}`) come
 * last, and a string body goes to `xmlError` or `textBody`.
 */
export const standardDialects: readonly Dialect[] = [
  problemJson,
  googleRpc,
  graphql,
  jsonApi,
  fastapiValidation,
  okFalse,
  awsJson,
  taggedSummary,
  postgrest,
  nestValidation,
  detailSentence,
  laravel,
  drfFields,
  genericJson,
  xmlError,
  textBody,
];
