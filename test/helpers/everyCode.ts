import { exampleForCode } from '../../fixtures/codeExamples';
import type { ApiError } from '../../src/core/ApiError';
import { fullKit } from './kits';

/** Every code of the whole kit (the standard ones and every preset's), but the cancelled request nothing shows. */
export const EVERY_CODE = Object.keys(fullKit.registry.codes).filter((code) => code !== 'CANCELLED');

/** The ApiError of `code`'s example response, read by the whole kit. */
export function errorForCode(code: string): ApiError {
  const example = exampleForCode(code);
  return fullKit.normalize(example.thrown ? example.thrown() : example.body, { status: example.status, headers: example.headers });
}

/** Every string a response put in `error`, in the forms a fallback may show it (numbers too, when asked). */
export function responseStrings(error: ApiError, { numbers = false }: { numbers?: boolean } = {}): string[] {
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') found.push(value, value.replace(/[_-]+/g, ' '));
    else if (numbers && typeof value === 'number') found.push(String(value));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(error.details);
  for (const { field, message } of error.fieldErrors) found.push(message, field);
  if (error.serverMessage) found.push(error.serverMessage);
  if (error.correlationId) found.push(error.correlationId);
  return found;
}
