// MediaNest (seed 000): {success: false, error: {code, message, details}}, with Plex's own
// failures (its server unreachable, slow, or in error) and its PIN sign-in.
import type { Preset } from '../../core/kit/Preset';
import type { CodeEntry } from '../../core/registry/CodeEntry';
import type { FallbackComponent } from '../../react/FallbackProps';
import { medianest as medianestDialect } from './dialect';
import { PIN_FACTS, PLEX_FACTS } from './facts';
import { PlexPinPrompt } from './PlexPinPrompt';
import { PlexUnreachable } from './PlexUnreachable';
import { medianestWords } from './words';

const MEDIANEST_CODES = {
  PIN_NOT_AUTHORIZED: { category: 'unauthenticated', fallback: 'plex-pin', titleKey: 'pin.finishWithPlex', messageKey: 'pin.instructions' },
  PLEX_ERROR: { category: 'upstream', fallback: 'plex', titleKey: 'plex.reportedProblem', messageKey: 'plex.keepTrying' },
  PLEX_UNREACHABLE: { category: 'upstream', fallback: 'plex', titleKey: 'plex.cannotConnect', messageKey: 'plex.checkSwitchedOn' },
  PLEX_TIMEOUT: { category: 'upstream', fallback: 'plex', titleKey: 'plex.tooSlow', messageKey: 'plex.mayBeBusy' },
} as const satisfies Record<string, CodeEntry>;

/** The codes the MediaNest preset adds, for `Register`: `interface Register { codes: MedianestCode }`. */
export type MedianestCode = keyof typeof MEDIANEST_CODES;

/** MediaNest (seed 000): its envelope, Plex's codes and fallbacks (`PlexUnreachable`, `PlexPinPrompt`), their words, and Plex's hosts for the PIN link. */
export const medianest: Preset<FallbackComponent> = {
  name: 'medianest',
  dialects: [medianestDialect],
  codes: MEDIANEST_CODES,
  fallbacks: { plex: PlexUnreachable, 'plex-pin': PlexPinPrompt },
  facts: [PLEX_FACTS, PIN_FACTS],
  words: medianestWords,
  linkHosts: ['plex.tv', '*.plex.tv'],
};

export { medianestDialect, PlexPinPrompt, PlexUnreachable };
