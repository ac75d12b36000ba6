/** Marks an error as a refusal of an OpenAPI document: what it names is in the document, not in the generator. */
const DOCUMENT_ERROR_BRAND: unique symbol = Symbol.for('api-error-kit.OpenApiDocumentError') as never;

/** Why a document cannot be read, and where: the file, the JSON pointer, the line when known. */
export class OpenApiDocumentError extends Error {
  declare readonly [DOCUMENT_ERROR_BRAND]: true;
  override readonly name = 'OpenApiDocumentError';
  readonly file: string;
  readonly pointer: string | undefined;

  constructor(file: string, reason: string, place?: { pointer?: string | undefined; line?: string | undefined }) {
    const where = [place?.line ? `${file}:${place.line}` : file, place?.pointer === undefined ? undefined : `#${place.pointer}`].filter(Boolean).join(' ');
    super(`${where}: ${reason}`);
    Object.defineProperty(this, DOCUMENT_ERROR_BRAND, { value: true });
    this.file = file;
    this.pointer = place?.pointer;
  }
}

/** True for a refusal of a document (from any copy of the package). */
export function isOpenApiDocumentError(value: unknown): value is OpenApiDocumentError {
  return value instanceof Error && (value as Partial<Record<typeof DOCUMENT_ERROR_BRAND, unknown>>)[DOCUMENT_ERROR_BRAND] === true;
}
