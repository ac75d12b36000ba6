// NestJS's ValidationPipe: {statusCode: 400, message: ["email must be an email"], error: "Bad Request"}.
// Each message is class-validator's, and opens with the property it is about.
import type { FieldError } from '../FieldError';
import { get, isRecord, list, toStatus } from '../internal/read';
import { MAX_FIELD_ERRORS } from '../normalize/fieldErrors';
import { propertyOfSentence } from '../normalize/propertySentence';
import type { Dialect } from '../normalize/WireError';
import { defineDialect } from './defineDialect';

/** Reads a NestJS validation body: a list of messages, each about the property it names first. */
export const nestValidation: Dialect = /* @__PURE__ */ defineDialect({ members: ['message'] }, (body) => {
  const messages = list(get(body, 'message'), MAX_FIELD_ERRORS).filter((message): message is string => typeof message === 'string' && message.trim() !== '');
  // NestJS always says the status beside the list; a DRF form with a `message` field does not.
  if (!isRecord(body) || messages.length === 0 || toStatus(get(body, 'statusCode')) === undefined) return undefined;
  const fieldErrors: FieldError[] = messages.map((message) => ({ field: propertyOfSentence(message) ?? '', message: message.trim() }));
  return { dialect: 'nestjs', status: toStatus(get(body, 'statusCode')), fieldErrors };
});
