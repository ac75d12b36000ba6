import type { ApiError } from '../../src/core/ApiError';
import { standardDialects } from '../../src/core/dialects/standardDialects';
import { createErrorKit, type ErrorKit } from '../../src/core/kit/createErrorKit';
import { defaultKit } from '../../src/core/kit/defaultKit';
import type { NormalizeContext } from '../../src/core/normalize/createNormalizer';
import { artwork } from '../../src/presets/artwork/index';
import { medianest } from '../../src/presets/medianest/index';
import { prospects } from '../../src/presets/prospects/index';
import { saas } from '../../src/presets/saas/index';
import { urlShortener } from '../../src/presets/urlShortener/index';
import { standardFallbacks } from '../../src/react/standardFallbacks';

// The kits the stories render with, made once. Storybook's preview gives `storyKit` to every
// story; a story about one seed API reads that API's bodies with `seedKit(seed)`; the stories of
// GenericFallback render under `genericKit`, a kit with no fallbacks of its own.

/** Every preset by the seed API it reads. */
export const PRESET_OF_SEED = { '000': medianest, '001': artwork, '002': prospects, '003': urlShortener, '004': saas } as const;

/** A seed API: 000 MediaNest, 001 artwork / player, 002 Prospects, 003 URL shortener, 004 SaaS with plans. */
export type Seed = keyof typeof PRESET_OF_SEED;

/** The whole kit: the five seed APIs' presets, every standard format, every fallback. */
export const storyKit = createErrorKit({ presets: [medianest, saas, urlShortener, prospects, artwork], dialects: standardDialects, fallbacks: standardFallbacks });

/** A kit with no fallbacks of its own: GenericFallback shows every failure. */
export const genericKit = createErrorKit({ dialects: standardDialects });

const SEED_KITS = Object.fromEntries(
  Object.entries(PRESET_OF_SEED).map(([seed, preset]) => [seed, createErrorKit({ presets: [preset], dialects: standardDialects, fallbacks: standardFallbacks })]),
) as Record<Seed, ErrorKit>;

/** The kit of one seed API: its preset, every standard format, every fallback. */
export function seedKit(seed: Seed): ErrorKit {
  return SEED_KITS[seed];
}

/** A body (or a thrown value) one seed API sent, read with that API's kit. */
export function readSeed(seed: Seed, body: unknown, context?: NormalizeContext): ApiError {
  return SEED_KITS[seed].normalize(body, context);
}

/** Every kit above, and the default kit (what a fetch client given no kit uses): the preview clears their rate limits before each story. */
export const STORY_KITS: readonly ErrorKit[] = [storyKit, genericKit, ...Object.values(SEED_KITS), defaultKit()];
