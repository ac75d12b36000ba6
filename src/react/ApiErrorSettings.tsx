import { createContext, useContext, useMemo, type ComponentType, type ReactNode } from 'react';
import type { ErrorCategory } from '../core/ErrorCategory';
import { defaultRegistry, type Registry } from '../core/registry/createRegistry';
import type { ApiErrorCode } from '../core/registry/Register';
import type { Catalogue } from '../locales/en';
import type { Normalizer } from '../core/normalize/createNormalizer';
import { usableLocale } from '../core/messages/formatMessage';
import { validateBackoff } from '../core/retry/backoff';
import { PLEX_HOSTS } from '../core/screen/responseLinks';
import type { SelfRetryOptions } from '../core/retry/selfRetry';
import type { FallbackComponent } from './FallbackProps';

/** The props an application's router link receives. */
export interface LinkProps {
  href: string;
  className?: string | undefined;
  children: ReactNode;
}

/** Fallbacks chosen by code, by the registry's fallback name, or by category. */
export type FallbackOverrides = Partial<Record<ApiErrorCode | ErrorCategory | 'plex', FallbackComponent>>;

/** How the user signs in again: a URL to send them to, or a callback that starts the flow. */
export interface LoginSettings {
  /** The sign-in URL, given the path to come back to. */
  href?: (returnTo: string) => string;
  /**
   * Starts sign-in in the app (a dialog, an OAuth redirect), given the path to come back to. Return
   * a promise that settles once signed in, and every panel waiting on the session retries then.
   */
  onLogin?: (returnTo: string) => unknown;
}

/** App-wide settings of the React layer; every field has a working default. */
export interface ApiErrorSettings {
  registry: Registry<string>;
  fallbacks: FallbackOverrides;
  login: LoginSettings;
  LinkComponent: ComponentType<LinkProps>;
  /** 'development' adds a disclosure with the raw response; debug fields never show in 'production'. */
  mode: 'production' | 'development';
  /** The timing of the fallbacks' own retries: floor, backoff and attempts per failure episode. */
  backoff: SelfRetryOptions;
  /** The active locale (BCP 47): numbers, times, durations and plural forms follow it. */
  locale: string;
  /** The words to show (`import de from 'api-error-kit/locales/de'`); a partial catalogue falls back to English key by key. */
  messages: Partial<Catalogue> | undefined;
  /** The normalizer every part of the kit reads failures with (`createNormalizer({ dialects })`); all dialects when absent. */
  normalizer: Normalizer | undefined;
  /** Hosts a link from a response may go to (the Plex PIN page): exact names or `*.domain`. Default: Plex's own. */
  allowedLinkHosts: readonly string[];
}

function PlainLink({ href, className, children }: LinkProps) {
  return (
    <a href={href} className={className}>
      {children}
    </a>
  );
}

const DEFAULT_SETTINGS: ApiErrorSettings = {
  registry: defaultRegistry,
  fallbacks: {},
  login: {},
  LinkComponent: PlainLink,
  mode: 'production',
  backoff: {},
  locale: 'en',
  messages: undefined,
  normalizer: undefined,
  allowedLinkHosts: PLEX_HOSTS,
};

/** Throws a clear error for retry timing the fallbacks cannot use, when the provider is set up rather than at the first outage. */
function validateSelfRetry(backoff: SelfRetryOptions): void {
  validateBackoff(backoff);
  const { maxAutomaticRetries } = backoff;
  if (maxAutomaticRetries !== undefined && !(Number.isInteger(maxAutomaticRetries) && maxAutomaticRetries >= 0 && maxAutomaticRetries <= 100)) {
    throw new RangeError(`api-error-kit: maxAutomaticRetries must be a whole number from 0 to 100, not ${String(maxAutomaticRetries)}.`);
  }
}

const SettingsContext = createContext<ApiErrorSettings>(DEFAULT_SETTINGS);

/** The settings in force: the nearest provider's, else the defaults (default registry, English). */
export function useApiErrorSettings(): ApiErrorSettings {
  return useContext(SettingsContext);
}

/** Props of ApiErrorProvider: any settings to change; the rest keep their defaults. */
export interface ApiErrorProviderProps extends Partial<ApiErrorSettings> {
  children: ReactNode;
}

/** Customises the kit for an app: registry and translations, fallbacks per code, sign-in, router links, mode. */
export function ApiErrorProvider({ children, ...settings }: ApiErrorProviderProps) {
  const parent = useApiErrorSettings();
  const { registry, fallbacks, login, LinkComponent, mode, backoff, locale, messages, normalizer, allowedLinkHosts } = settings;
  const value = useMemo<ApiErrorSettings>(() => {
    if (backoff) validateSelfRetry(backoff);
    return {
      registry: registry ?? parent.registry,
      fallbacks: { ...parent.fallbacks, ...fallbacks },
      login: login ?? parent.login,
      LinkComponent: LinkComponent ?? parent.LinkComponent,
      mode: mode ?? parent.mode,
      backoff: backoff ?? parent.backoff,
      // A tag Intl refuses would throw in every fallback that formats a number or a time.
      locale: locale === undefined ? parent.locale : usableLocale(locale),
      messages: messages ?? parent.messages,
      normalizer: normalizer ?? parent.normalizer,
      allowedLinkHosts: allowedLinkHosts ?? parent.allowedLinkHosts,
    };
  }, [parent, registry, fallbacks, login, LinkComponent, mode, backoff, locale, messages, normalizer, allowedLinkHosts]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
