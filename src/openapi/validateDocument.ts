// The OpenAPI and Swagger schemas' own checks, by @readme/openapi-parser. Published documents often
// break a rule that costs the generator nothing (a response without a description), so what the
// validator finds is a warning; what the generator cannot read refuses the document elsewhere.
import { validate } from '@readme/openapi-parser';
import type { GeneratorWarning } from './GeneratorWarning';
import type { OpenApiDocument } from './OpenApiDocument';

/** The validator's sentence without its code frame, which numbers lines of its own re-serialised copy. */
function firstSentence(message: string): string {
  const [head = '', ...rest] = message.split('\n');
  const marked = rest.find((line) => /^\s*>/.test(line))?.replace(/^\s*>\s*\d+\s*\|\s*/, '').trim();
  return marked ? `${head.trim()}, at ${marked}` : head.trim();
}

/** What the OpenAPI (or Swagger) schema says is wrong with the document, as warnings. */
export async function validateDocument(document: OpenApiDocument): Promise<GeneratorWarning[]> {
  try {
    // The validator dereferences what it is given in place: it gets a copy.
    const result = await validate(structuredClone(document.root) as Parameters<typeof validate>[0]);
    if (result.valid) return [];
    const more = result.additionalErrors > 0 ? ` (and ${result.additionalErrors} more)` : '';
    return result.errors.map((error, index) => ({
      kind: 'invalid-document' as const,
      message: `the document does not validate: ${firstSentence(error.message)}${index === result.errors.length - 1 ? more : ''}`,
    }));
  } catch (error) {
    return [{ kind: 'invalid-document', message: `the document could not be validated: ${firstSentence(error instanceof Error ? error.message : String(error))}` }];
  }
}
