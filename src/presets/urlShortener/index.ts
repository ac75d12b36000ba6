// The URL shortener (seed 003): {success: false, data, error_code, error_message}. Its codes are all standard.
import type { Preset } from '../../core/kit/Preset';
import { urlShortener as urlShortenerDialect } from './dialect';

/** The URL shortener (seed 003): its envelope with `data.validation_errors`; its codes are the standard ones. */
export const urlShortener: Preset = {
  name: 'urlShortener',
  dialects: [urlShortenerDialect],
};

export { urlShortenerDialect };
