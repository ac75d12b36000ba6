import type { ApiError } from '../core/ApiError';
import type { Registry } from '../core/registry/createRegistry';
import type { FallbackOverrides } from './ApiErrorSettings';
import { DEFAULT_FALLBACKS } from './defaultFallbacks';
import type { FallbackComponent } from './FallbackProps';
import { GenericFallback } from './fallbacks/GenericFallback';

/**
 * Which fallback shows an error: an override for its code, for the registry's fallback name,
 * for its category; then the kit's fallback for that name or category; else the generic one.
 */
export function selectFallback(error: ApiError, registry: Registry<string>, overrides: FallbackOverrides): FallbackComponent {
  const name = registry.resolve(error.code, error.status).fallback;
  const pick = (table: Readonly<Record<string, FallbackComponent | undefined>>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);
  return (
    pick(overrides, error.code) ??
    pick(overrides, name) ??
    pick(overrides, error.category) ??
    pick(DEFAULT_FALLBACKS, name) ??
    pick(DEFAULT_FALLBACKS, error.category) ??
    GenericFallback
  );
}
