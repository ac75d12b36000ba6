// The Prospects API (seed 002): {error: "CODE", message, statusCode, details}. Its codes are all standard.
import type { Preset } from '../../core/kit/Preset';
import { prospects as prospectsDialect } from './dialect';

/** The Prospects API (seed 002): its flat envelope with `details.fields`; its codes are the standard ones. */
export const prospects: Preset = {
  name: 'prospects',
  dialects: [prospectsDialect],
};

export { prospectsDialect };
