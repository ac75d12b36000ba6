'use client';
import { createContext, useContext, useMemo, type ComponentType, type ReactNode } from 'react';
import type { ErrorCategory } from '../core/ErrorCategory';
import { isErrorKit, type ErrorKit } from '../core/kit/createErrorKit';
import { defaultKit } from '../core/kit/defaultKit';
import type { Words } from '../core/messages/formatMessage';
import { usableLocale } from '../core/messages/formatMessage';
import type { ApiErrorCode } from '../core/registry/Register';
import type { FallbackComponent } from './FallbackProps';

/** The props an application's router link receives. */
export interface LinkProps {
  href: string;
  className?: string | undefined;
  children: ReactNode;
}

/** Fallbacks chosen by code, by the registry's fallback name, or by category. */
export type FallbackOverrides = Partial<Record<ApiErrorCode | ErrorCategory | (string & {}), FallbackComponent>>;

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
  /** The app's kit (`createErrorKit(...)`): how failures are read, what codes mean, which fallback shows what. */
  kit: ErrorKit;
  /** Fallbacks by code, fallback name or category, over the kit's. */
  fallbacks: FallbackOverrides;
  login: LoginSettings;
  LinkComponent: ComponentType<LinkProps>;
  /** 'development' adds a disclosure with the raw response; debug fields never show in 'production'. */
  mode: 'production' | 'development';
  /** The active locale (BCP 47): numbers, times, durations and plural forms follow it. */
  locale: string;
  /** The words to show (`import de from 'api-error-kit/locales/de'`); a partial catalogue falls back to English key by key. */
  messages: Words | undefined;
}

function PlainLink({ href, className, children }: LinkProps) {
  return (
    <a href={href} className={className}>
      {children}
    </a>
  );
}

/** What a provider sets: any settings, the rest inherited from the provider above (or the defaults). */
type SettingsLayer = Partial<ApiErrorSettings>;

const SettingsContext = createContext<SettingsLayer | undefined>(undefined);
let defaults: ApiErrorSettings | undefined;

/** The settings with no provider: the default kit (made on first use), English, plain links. */
function defaultSettings(): ApiErrorSettings {
  defaults ??= { kit: defaultKit(), fallbacks: {}, login: {}, LinkComponent: PlainLink, mode: 'production', locale: 'en', messages: undefined };
  return defaults;
}

/** The settings in force: the nearest provider's, else the defaults (the default kit, English). */
export function useApiErrorSettings(): ApiErrorSettings {
  const settings = useContext(SettingsContext);
  return (settings as ApiErrorSettings | undefined) ?? defaultSettings();
}

/** Props of ApiErrorProvider: any settings to change; the rest keep their defaults. */
export interface ApiErrorProviderProps extends Partial<ApiErrorSettings> {
  children: ReactNode;
}

/** Gives the app's kit, words, sign-in and links to every boundary, route fallback and form helper below it. */
export function ApiErrorProvider({ children, ...settings }: ApiErrorProviderProps) {
  const parent = useApiErrorSettings();
  const { kit, fallbacks, login, LinkComponent, mode, locale, messages } = settings;
  if (kit !== undefined && !isErrorKit(kit)) throw new TypeError('api-error-kit: ApiErrorProvider: kit must be what createErrorKit returns.');
  const value = useMemo<ApiErrorSettings>(
    () => ({
      kit: kit ?? parent.kit,
      fallbacks: { ...parent.fallbacks, ...fallbacks },
      login: login ?? parent.login,
      LinkComponent: LinkComponent ?? parent.LinkComponent,
      mode: mode ?? parent.mode,
      // A tag Intl refuses would throw in every fallback that formats a number or a time.
      locale: locale === undefined ? parent.locale : usableLocale(locale),
      messages: messages ?? parent.messages,
    }),
    [parent, kit, fallbacks, login, LinkComponent, mode, locale, messages],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
