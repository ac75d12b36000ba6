import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/core/messages/describeWait';
import { formatMessage } from '../../src/core/messages/formatMessage';
import { fullKit } from '../helpers/kits';
import { defaultKit } from '../../src/core/kit/defaultKit';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { LoginPrompt } from '../../src/react/fallbacks/LoginPrompt';
import { QuotaExceeded } from '../../src/react/fallbacks/QuotaExceeded';
import { RateLimited } from '../../src/react/fallbacks/RateLimited';
import ar from '../../src/locales/ar';
import de from '../../src/locales/de';
import { sentence } from '../helpers/sentence';

// The seeds' bodies, read as an app that speaks them reads them.
const normalizeError = fullKit.normalize;

describe('a fallback in another language', () => {
  it('shows the catalogue’s words, and numbers in the locale’s digits and separators', () => {
    const error = normalizeError({ success: false, error: { code: 'QUOTA_EXCEEDED', message: 'Monthly quota exceeded for storage', context: { feature: 'storage', limit: 10_000, used: 12_345 } } }, { status: 429 });
    render(
      <ApiErrorProvider kit={fullKit} locale="de" messages={de}>
        <QuotaExceeded error={error} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Sie haben Ihr Limit erreicht' })).toBeInTheDocument();
    expect(screen.getByText(sentence('Sie haben 12.345 von 10.000 für storage genutzt.'))).toBeInTheDocument();
  });

  it('counts down in the locale’s words, and picks the Arabic dual for two', () => {
    const error = normalizeError({ success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down', details: { limit: 2, window: '15 minutes' } } }, { status: 429, headers: { 'Retry-After': '30' } });
    const { container } = render(
      <ApiErrorProvider kit={fullKit} locale="ar" messages={ar}>
        <RateLimited error={error} onRetry={() => undefined} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(formatMessage(ar, 'ar', 'retry.tryingAgainIn', { wait: formatDuration(30, 'second', 'ar') }));
    const limit = ar['rateLimit.limitPer'];
    const dual = typeof limit === 'string' ? limit : (limit.two ?? limit.other);
    expect(container.querySelector('.aek-fallback__facts')).toHaveTextContent(dual.replace('{window}', formatDuration(15, 'minute', 'ar')).replace('{count}', '٢'));
  });

  it('falls back to English key by key for a partial catalogue', () => {
    const error = normalizeError({ detail: 'Not authenticated' }, { status: 401 });
    render(
      <ApiErrorProvider messages={{ 'action.signIn': 'Log on' }}>
        <LoginPrompt error={error} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('link', { name: 'Log on' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sign in to continue' })).toBeInTheDocument();
  });

  it('keeps the app’s own words for a code, in every locale', () => {
    const kit = defaultKit().extend({ messages: { UNAUTHORIZED: { title: 'Bitte melden Sie sich bei Acme an' } } });
    const error = kit.normalize({ detail: 'Not authenticated' }, { status: 401 });
    render(
      <ApiErrorProvider locale="de" messages={de} kit={kit}>
        <LoginPrompt error={error} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Bitte melden Sie sich bei Acme an' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Anmelden' })).toBeInTheDocument();
  });
});
