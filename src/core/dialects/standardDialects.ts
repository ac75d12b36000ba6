import { detailSentence } from './detailSentence';
import { drfFields } from './drfFields';
import { fastapiValidation } from './fastapiValidation';
import { genericJson } from './genericJson';
import { googleRpc } from './googleRpc';
import { graphql } from './graphql';
import { jsonApi } from './jsonApi';
import { laravel } from './laravel';
import { problemJson } from './problemJson';
import { textBody } from './text';
import type { Dialect } from '../normalize/WireError';

/**
 * Every standard format, in detection order: the most specific shapes first, so a body that
 * could pass for two formats goes to the one that explains more of it. Formats with a content
 * type or distinctive members lead; loose shapes (`{detail}`, field maps, any `{message}`) come
 * last, and a string body goes to `textBody`.
 */
export const standardDialects: readonly Dialect[] = [problemJson, googleRpc, graphql, jsonApi, fastapiValidation, detailSentence, laravel, drfFields, genericJson, textBody];
