// What the kit reads from a body in each format: the generator reads a document's examples and
// literal codes with the kit's own dialects, so the codes it writes are the ones `error.code` holds.
import { readEnvelope, type EnvelopePath, type EnvelopeShape } from '../core/dialects/readEnvelope';
import { googleRpc } from '../core/dialects/googleRpc';
import { graphql } from '../core/dialects/graphql';
import { jsonApi } from '../core/dialects/jsonApi';
import { okFalse } from '../core/dialects/okFalse';
import { problemJson } from '../core/dialects/problemJson';
import { standardDialects } from '../core/dialects/standardDialects';
import type { WireError } from '../core/normalize/WireError';
import type { EnvelopePlaces, ErrorFormat } from './detectFormat';

/** Where, in each format, the member that holds the code is (`[]` steps into a list's items). */
export function codePathOf(format: ErrorFormat): readonly string[] | undefined {
  switch (format.kind) {
    case 'problem':
      return ['type'];
    case 'okFalse':
      return ['error'];
    case 'googleRpc':
      return ['error', 'status'];
    case 'jsonApi':
      return ['errors', '[]', 'code'];
    case 'graphql':
      return ['errors', '[]', 'extensions', 'code'];
    case 'envelope':
      return format.places.code;
    case 'none':
      return undefined;
    default:
      return format satisfies never;
  }
}

/** Where, in each format, the code's context (`details`) is; an empty path is the body itself. */
export function detailsPathOf(format: ErrorFormat): readonly string[] | undefined {
  switch (format.kind) {
    case 'problem':
      return [];
    case 'envelope':
      return format.places.details;
    default:
      return undefined;
  }
}

/** One schema's places as an envelope shape with one place per part. */
export function shapeOf(dialect: string, places: EnvelopePlaces): EnvelopeShape {
  const one = (path: EnvelopePath | undefined) => (path ? [path] : undefined);
  const code = one(places.code);
  const message = one(places.message);
  const fieldErrors = one(places.fieldErrors);
  const field = one(places.field);
  const correlationId = one(places.correlationId);
  const status = one(places.status);
  return {
    dialect,
    code: code ?? [],
    ...(message && { message }),
    ...(fieldErrors && { fieldErrors }),
    ...(field && { field }),
    ...(places.details && { details: places.details }),
    ...(places.omit && { omit: places.omit }),
    ...(correlationId && { correlationId }),
    ...(status && { status }),
    ...(places.success && { success: places.success }),
  };
}

/** What the kit's dialect for `format` reads from `body`. */
export function readAs(format: ErrorFormat, body: unknown, contentType: string): WireError | undefined {
  switch (format.kind) {
    case 'problem':
      return problemJson(body, contentType.includes('problem') ? contentType : 'application/problem+json');
    case 'okFalse':
      return okFalse(body, contentType);
    case 'googleRpc':
      return googleRpc(body, contentType);
    case 'jsonApi':
      return jsonApi(body, contentType);
    case 'graphql':
      return graphql(body, contentType);
    case 'envelope':
      return readEnvelope(body, shapeOf('openapi', format.places));
    case 'none':
      // A schema that says nothing the generator recognises: the kit's standard formats read the body.
      for (const dialect of standardDialects) {
        const wire = dialect(body, contentType);
        if (wire) return wire;
      }
      return undefined;
    default:
      return format satisfies never;
  }
}

/** The code the kit reads from a literal the document gives the code member (a problem type URI's short name). */
export function codeOfLiteral(format: ErrorFormat, value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (text === '') return undefined;
  if (format.kind === 'problem') return problemJson({ type: text, title: 'problem' }, 'application/problem+json')?.code;
  return text;
}
