// The preset generated from a product API's document against the hand-written preset of the same
// API: every example body of the API's seed reference, read by a kit with each, reads the same.
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import { standardDialects } from '../../src/core/dialects/standardDialects';
import { createErrorKit, type ErrorKit } from '../../src/core/kit/createErrorKit';
import type { Preset } from '../../src/core/kit/Preset';
import { saas } from '../../src/presets/saas/index';
import { urlShortener } from '../../src/presets/urlShortener/index';
import { generateFixture, OPENAPI_FIXTURES } from './openapiDocuments';

/** Everything an app reads from an error, its words included. */
function reading(kit: ErrorKit, example: (typeof SEED_EXAMPLES)[number]) {
  const error = kit.normalize(example.body, { ...(example.status !== undefined && { status: example.status }), ...(example.headers && { headers: example.headers }) });
  const { code, category, status, message, fieldErrors, details, retryable, retryAfterMs, correlationId, dialect } = error;
  return { code, category, status, message, fieldErrors, details, retryable, retryAfterMs, correlationId, dialect, fallback: error.entry?.fallback, title: error.entry?.titleKey };
}

/** A kit with the preset generated from a fixture, and one with the hand-written preset. */
async function kits(name: string, handWritten: Preset) {
  const fixture = OPENAPI_FIXTURES.find((each) => each.name === name);
  if (!fixture) throw new Error(`no fixture ${name}`);
  const module: Record<string, unknown> = await import(/* @vite-ignore */ (await generateFixture(fixture, `${name}.compared`)).path);
  return {
    generated: createErrorKit({ presets: [module[name] as Preset], dialects: standardDialects }),
    written: createErrorKit({ presets: [handWritten], dialects: standardDialects }),
  };
}

describe('the URL shortener preset generated from its OpenAPI document (seed 003)', () => {
  let generated: ErrorKit;
  let written: ErrorKit;
  beforeAll(async () => ({ generated, written } = await kits('urlShortener', urlShortener)), 30_000);

  it.each(SEED_EXAMPLES.filter((example) => example.seed === '003').map((example) => [example.heading, example] as const))(
    'reads "%s" as the hand-written preset does',
    (_, example) => {
      expect(reading(generated, example)).toEqual(reading(written, example));
    },
  );
});

describe('the SaaS preset generated from its OpenAPI document (seed 004)', () => {
  let generated: ErrorKit;
  let written: ErrorKit;
  beforeAll(async () => ({ generated, written } = await kits('saas', saas)), 30_000);

  it('reads every example body of the seed to the same code, status, field errors, details and retry decision', () => {
    for (const example of SEED_EXAMPLES.filter((each) => each.seed === '004' && each.status !== undefined)) {
      const { code, status, fieldErrors, details, retryable, retryAfterMs, correlationId } = reading(generated, example);
      const same = reading(written, example);
      expect({ code, status, fieldErrors, details, retryable, retryAfterMs, correlationId }, example.heading).toEqual({
        code: same.code,
        status: same.status,
        fieldErrors: same.fieldErrors,
        details: same.details,
        retryable: same.retryable,
        retryAfterMs: same.retryAfterMs,
        correlationId: same.correlationId,
      });
    }
  });

  it('differs in category only where the hand-written preset knows more than the document says', () => {
    const differences = SEED_EXAMPLES.filter((example) => example.seed === '004' && example.status !== undefined).flatMap((example) => {
      const [a, b] = [reading(generated, example), reading(written, example)];
      return a.category === b.category ? [] : [`${a.code} at ${String(a.status)}: ${a.category} from the document, ${b.category} by hand`];
    });
    expect(differences).toMatchInlineSnapshot(`
      [
        "OAUTH_ERROR at 400: validation from the document, unauthenticated by hand",
        "OAUTH_STATE_INVALID at 400: validation from the document, unauthenticated by hand",
        "OAUTH_PROVIDER_ERROR at 400: validation from the document, unauthenticated by hand",
        "FEATURE_NOT_AVAILABLE at 403: forbidden from the document, payment by hand",
        "USER_PLAN_NOT_FOUND at 403: forbidden from the document, payment by hand",
        "INVALID_STATE at 422: validation from the document, conflict by hand",
      ]
    `);
  });
});
