import type { ApiError } from '../core/ApiError';
import type { ErrorKit } from '../core/kit/createErrorKit';
import type { FallbackOverrides } from './ApiErrorSettings';
import type { FallbackComponent } from './FallbackProps';
import { GenericFallback } from './fallbacks/GenericFallback';

/** The component for `key` in `table`, when it holds one of its own. */
function pick(table: Readonly<Record<string, unknown>>, key: string): FallbackComponent | undefined {
  const found = Object.hasOwn(table, key) ? table[key] : undefined;
  return typeof found === 'function' || (typeof found === 'object' && found !== null) ? (found as FallbackComponent) : undefined;
}

/**
 * Which fallback shows an error: an override for its code, for its entry's fallback name, for its
 * category; then the kit's fallback for the same three; else the generic one. A kit carries only
 * the fallbacks an app (or a preset) gave it, so an app pays for what it can render.
 */
export function selectFallback(error: ApiError, kit: ErrorKit, overrides: FallbackOverrides): FallbackComponent {
  const name = (error.entry ?? kit.registry.resolve(error.code, error.status)).fallback;
  const kitFallbacks = kit.fallbacks as Readonly<Record<string, unknown>>;
  return (
    pick(overrides, error.code) ??
    pick(overrides, name) ??
    pick(overrides, error.category) ??
    pick(kitFallbacks, error.code) ??
    pick(kitFallbacks, name) ??
    pick(kitFallbacks, error.category) ??
    GenericFallback
  );
}
