// File 3 of 3: the app's root hands the kit to the provider; every boundary below uses it.
import type { ReactNode } from 'react';
import { ApiErrorBoundary, ApiErrorProvider } from 'api-error-kit';
import de from 'api-error-kit/locales/de';
import { kit } from './kit';

export function App({ children, locale = 'en' }: { children: ReactNode; locale?: 'en' | 'de' }) {
  return (
    <ApiErrorProvider kit={kit} locale={locale} messages={locale === 'de' ? de : undefined}>
      <ApiErrorBoundary>{children}</ApiErrorBoundary>
    </ApiErrorProvider>
  );
}
