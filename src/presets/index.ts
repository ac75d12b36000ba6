// `api-error-kit/presets`: every product API the kit knows, by name. Each is also its own entry
// (`api-error-kit/presets/medianest`), so an app pays only for the ones it imports.
export { artwork } from './artwork/index';
export type { ArtworkCode } from './artwork/index';
export { medianest } from './medianest/index';
export type { MedianestCode } from './medianest/index';
export { prospects } from './prospects/index';
export { saas } from './saas/index';
export type { SaasCode } from './saas/index';
export { urlShortener } from './urlShortener/index';
