import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PSEUDO_CATALOGUE } from '../../stories/support/pseudoLocale';
import type { ApiError } from '../../src/core/ApiError';
import { EVERY_CODE, errorForCode, responseStrings } from '../helpers/everyCode';
import { fullKit } from '../helpers/kits';

const normalizeError = fullKit.normalize;
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { ServerError } from '../../src/react/fallbacks/ServerError';
import { ValidationSummary } from '../../src/react/fallbacks/ValidationSummary';
import { FieldErrorMessage } from '../../src/react/forms/FieldErrorMessage';
import { useFieldErrors } from '../../src/react/forms/useFieldErrors';
import { LastResort } from '../../src/react/LastResort';
import { selectFallback } from '../../src/react/selectFallback';
import { QuietNotice } from '../../src/react/shared/QuietNotice';

/** Every string a response put on the page, in the forms a fallback shows it, longest first. */
function serverStrings(error: ApiError): string[] {
  return responseStrings(error, { numbers: true }).filter((text) => text.trim().length > 0).sort((a, b) => b.length - a.length);
}

/** What is visible on the page but came neither from the catalogue (marked ⟦…⟧) nor from the server. */
function unmarked(container: HTMLElement, error: ApiError): string {
  let text = container.textContent ?? '';
  // Innermost marks first: a message's placeholder may hold another message (a wait in words).
  while (/⟦[^⟦⟧]*⟧/.test(text)) text = text.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  for (const value of serverStrings(error)) text = text.split(value).join(' ');
  return text.replace(/[\s.,:;!?()·]+/g, '');
}

function renderPseudo(element: ReactElement, mode: 'production' | 'development' = 'production') {
  return render(
    <ApiErrorProvider kit={fullKit} locale="en" messages={PSEUDO_CATALOGUE} mode={mode}>
      {element}
    </ApiErrorProvider>,
  );
}

const fallbackFor = (error: ApiError, props: Record<string, unknown>) =>
  createElement(selectFallback(error, fullKit, {}), { error, onRetry: () => undefined, onAutoRetry: () => undefined, attempt: 0, ...props });

const STATES: Array<[string, Record<string, unknown>]> = [
  ['retrying by itself', {}],
  ['stopped after five tries', { attempt: 5 }],
  ['a failed submit (never by itself)', { autoRetry: false }],
  ['without a way to retry', { onRetry: undefined, onAutoRetry: undefined }],
];

describe('every word the kit shows comes from the catalogue', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  describe.each(STATES)('%s', (_, state) => {
    it.each(EVERY_CODE)('%s', (code) => {
      const error = errorForCode(code);
      const { container } = renderPseudo(fallbackFor(error, state));
      expect(unmarked(container, error)).toBe('');
    });
  });

  it('while the browser is offline', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const error = normalizeError(new TypeError('Failed to fetch'));
    const { container } = renderPseudo(fallbackFor(error, {}));
    expect(unmarked(container, error)).toBe('');
  });

  it('in the development panel', () => {
    const error = errorForCode('INTERNAL_ERROR');
    const { container } = renderPseudo(fallbackFor(error, {}), 'development');
    // The raw response and the code, status and dialect are data for developers, not words.
    container.querySelector('pre')?.remove();
    for (const value of container.querySelectorAll('.aek-fallback__developer dd')) value.remove();
    expect(unmarked(container, error)).toBe('');
  });

  it('in an error summary with more errors than it lists, and in inline errors', () => {
    const errors = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`field_${index}`, ['This field is required.']]));
    const error = normalizeError({ message: 'The given data was invalid.', errors }, { status: 422 });
    function Field() {
      const fieldErrors = useFieldErrors(error);
      return <FieldErrorMessage fieldId="field_0" message={fieldErrors.messageFor('field_0')} />;
    }
    const { container } = renderPseudo(
      <>
        <ValidationSummary error={error} />
        <Field />
      </>,
    );
    expect(unmarked(container, error)).toBe('');
  });

  it('in the panels that wait quietly, and in the last resort', () => {
    const error = errorForCode('TOKEN_EXPIRED');
    const { container } = renderPseudo(
      <>
        <QuietNotice error={error} kind="session" />
        <QuietNotice error={error} kind="network" />
        <LastResort error={error} onRetry={() => undefined} />
      </>,
    );
    expect(unmarked(container, error)).toBe('');
  });

  it('when the support reference is copied', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.resolve() }, configurable: true });
    const error = normalizeError({ success: false, error: { code: 'INTERNAL_ERROR', message: 'x', details: { error_id: 'err_abc123' } } }, { status: 500 });
    const { container, getByRole } = renderPseudo(<ServerError error={error} />);
    await userEvent.click(getByRole('button'));
    await act(() => Promise.resolve());
    expect(getByRole('status').textContent).toMatch(/^⟦/);
    expect(unmarked(container, error)).toBe('');
  });
});
