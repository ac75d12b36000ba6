// FastAPI / Pydantic default 422: {detail: [{loc: ["body", "email"], msg, type, input?, ctx?}]}.
import { get, isRecord, list } from '../internal/read';
import { fieldErrorsFromList } from '../normalize/fieldErrors';
import type { Dialect } from '../normalize/WireError';
import { defineDialect } from './defineDialect';

/** Reads FastAPI's RequestValidationError body: a `detail` list of `{loc, msg}` entries. */
export const fastapiValidation: Dialect = /* @__PURE__ */ defineDialect({ members: ['detail'] }, (body) => {
  const detail = list(get(body, 'detail'));
  if (!detail.some((entry) => isRecord(entry) && get(entry, 'msg') !== undefined)) return undefined;
  const fieldErrors = fieldErrorsFromList(detail);
  return {
    dialect: 'fastapi',
    code: 'VALIDATION_ERROR',
    message: fieldErrors.length === 1 ? fieldErrors[0]?.message : undefined,
    fieldErrors,
  };
});
