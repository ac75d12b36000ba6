// A document's error schemas may each describe the envelope a little differently (one has a field
// list, another a support reference): the dialect reads every place any of them names.
import type { EnvelopePath, EnvelopeShape } from '../core/dialects/readEnvelope';
import type { DocumentErrors } from './collectCodes';
import type { EnvelopePlaces } from './detectFormat';
import type { GeneratorWarning } from './GeneratorWarning';

/** The envelope dialect's shape, with the top-level members a body must hold one of. */
export type MergedEnvelope = EnvelopeShape & { readonly members: readonly string[] };

/** The envelope schemas' places laid together, the most used schema's first; a member read as two parts is a conflict. */
export function mergeEnvelopes(dialect: string, uses: DocumentErrors['formats'], warnings: GeneratorWarning[]): MergedEnvelope | undefined {
  const envelopes = uses
    .flatMap((use) => (use.format.kind === 'envelope' ? [{ places: use.format.places, count: use.count, pointer: use.pointer }] : []))
    .sort((a, b) => b.count - a.count);
  const [main] = envelopes;
  if (!main) return undefined;
  const parts = ['code', 'message', 'fieldErrors', 'field', 'correlationId', 'status'] as const;
  const places = (part: (typeof parts)[number]): EnvelopePath[] => {
    const seen = new Map<string, EnvelopePath>();
    for (const { places: each } of envelopes) {
      const path = each[part];
      if (path) seen.set(path.join('.'), path);
    }
    return [...seen.values()];
  };
  const roles = new Map<string, string>();
  for (const { places: each, pointer } of envelopes) {
    for (const part of parts) {
      const path = each[part]?.join('.');
      if (path === undefined) continue;
      const before = roles.get(path);
      if (before !== undefined && before !== part) warnings.push({ kind: 'conflicting-schemas', message: `member \`${path}\` holds the ${before} in one error schema and the ${part} in another: both are read`, pointer });
      roles.set(path, part);
    }
  }
  const code = places('code');
  const message = places('message');
  const fieldErrors = places('fieldErrors');
  const field = places('field');
  const correlationId = places('correlationId');
  const status = places('status');
  const primary: EnvelopePlaces = main.places;
  // What any envelope reads as another part is no context in the one whose details are the body.
  const omit = [...new Set(envelopes.flatMap((each) => each.places.omit ?? []))];
  const success = envelopes.find((each) => each.places.success)?.places.success;
  return {
    dialect,
    members: [...new Set([...code, ...message].map((path) => path[0]).filter((member): member is string => member !== undefined))],
    code,
    ...(message.length > 0 && { message }),
    ...(fieldErrors.length > 0 && { fieldErrors }),
    ...(field.length > 0 && { field }),
    ...(primary.details && { details: primary.details }),
    ...(primary.details?.length === 0 && omit.length > 0 && { omit }),
    ...(correlationId.length > 0 && { correlationId }),
    ...(status.length > 0 && { status }),
    ...(success && { success }),
  };
}
