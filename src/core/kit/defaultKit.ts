import { standardDialects } from '../dialects/standardDialects';
import { createErrorKit, type ErrorKit } from './createErrorKit';

let kit: ErrorKit | undefined;

/**
 * The one default kit, made on first use: every standard format, the standard codes, no
 * presets. What every part of the kit uses when it is given no kit of its own.
 */
export function defaultKit(): ErrorKit {
  kit ??= createErrorKit({ dialects: standardDialects });
  return kit;
}
