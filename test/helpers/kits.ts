import { createErrorKit } from '../../src/core/kit/createErrorKit';
import { standardDialects } from '../../src/core/dialects/standardDialects';
import { artwork } from '../../src/presets/artwork/index';
import { medianest } from '../../src/presets/medianest/index';
import { prospects } from '../../src/presets/prospects/index';
import { saas } from '../../src/presets/saas/index';
import { urlShortener } from '../../src/presets/urlShortener/index';
import { standardFallbacks } from '../../src/react/standardFallbacks';

/** Every preset by the name of the seed it reads. */
export const PRESET_OF_SEED = { '000': medianest, '001': artwork, '002': prospects, '003': urlShortener, '004': saas } as const;

/** A kit for one seed's API: its preset, the standard formats, every fallback. */
export function seedKit(seed: keyof typeof PRESET_OF_SEED) {
  return createErrorKit({ presets: [PRESET_OF_SEED[seed]], dialects: standardDialects, fallbacks: standardFallbacks });
}

/** The kit most of the suite renders with: every fallback, every standard format, and all five presets. */
export const fullKit = createErrorKit({ presets: [medianest, saas, urlShortener, prospects, artwork], dialects: standardDialects, fallbacks: standardFallbacks });

/** Every standard fallback over the standard formats, no preset: what an app gets from `standardFallbacks`. */
export const standardKit = createErrorKit({ dialects: standardDialects, fallbacks: standardFallbacks });
