// AWS's JSON protocols (DynamoDB, Kinesis, Lambda, …): {__type: "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", message}.
import { isRecord, text } from '../internal/read';
import type { Dialect } from '../normalize/WireError';
import { defineDialect } from './defineDialect';

/** Reads an AWS JSON error: the exception's short name as the code, and its message. */
export const awsJson: Dialect = /* @__PURE__ */ defineDialect({ members: ['__type'] }, (body) => {
  const type = isRecord(body) ? text(body, '__type') : undefined;
  // The namespace before `#` (or a `:` in older services) says which service; the name says what.
  const name = type?.split(/[#:]/).pop();
  if (!name) return undefined;
  return { dialect: 'aws-json', code: name, message: text(body, 'message', 'Message') };
});
