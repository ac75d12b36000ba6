import { render } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/core/ApiError';
import { createErrorKit } from '../../src/core/kit/createErrorKit';
import ar from '../../src/locales/ar';
import de from '../../src/locales/de';
import { standardDialects } from '../../src/dialects';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { FieldErrorMessage } from '../../src/react/forms/FieldErrorMessage';
import { GenericFallback } from '../../src/react/fallbacks/GenericFallback';
import { selectFallback } from '../../src/react/selectFallback';
import { EVERY_CODE, errorForCode, responseStrings } from '../helpers/everyCode';
import { fullKit } from '../helpers/kits';

// In a right-to-left page, an English sentence from the server is laid out in the page's
// direction unless it is isolated: its full stop lands on the wrong side. Every string a response
// put on the page must sit in an element that isolates it (<bdi>, or an element with dir), and a
// sentence in a known language says which (lang).

/** Every string a response put in the error, as the fallbacks may show it. */
function serverStrings(error: ApiError): string[] {
  // Words too short to tell apart from the kit's own are left out.
  return [...new Set(responseStrings(error).map((text) => text.trim()).filter((text) => text.length >= 3 && /\p{L}/u.test(text)))];
}

/** Each server string in `root` whose text is not inside an isolating element of the fallback. */
function unisolated(root: HTMLElement, strings: readonly string[]): string[] {
  const problems: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const shown = strings.find((value) => text.includes(value));
    if (!shown) continue;
    const isolated = node.parentElement?.closest('bdi, [dir]');
    if (!isolated || !root.contains(isolated)) problems.push(`"${shown}" in <${node.parentElement?.tagName.toLowerCase()}>${text.slice(0, 60)}`);
  }
  return problems;
}

describe('server text in a right-to-left page', () => {
  afterEach(() => fullKit.rateLimits.clear());

  it.each(EVERY_CODE)('%s: every string the response put on the page is isolated', (code) => {
    const error = errorForCode(code);
    const fallback = createElement(selectFallback(error, fullKit, {}), { error, onRetry: () => undefined });
    const { container } = render(
      <ApiErrorProvider kit={fullKit} locale="ar" messages={ar}>
        {fallback}
      </ApiErrorProvider>,
    );
    expect(unisolated(container, serverStrings(error))).toEqual([]);
  });

  it('isolates an inline error message after the "Error:" prefix', () => {
    const { container } = render(
      <ApiErrorProvider kit={fullKit} locale="ar" messages={ar}>
        <FieldErrorMessage fieldId="email" message="This field is required." />
      </ApiErrorProvider>,
    );
    expect(unisolated(container, ['This field is required.'])).toEqual([]);
  });
});

describe("the server's language", () => {
  const kit = createErrorKit({ dialects: standardDialects, serverLanguage: 'en' });
  const body = { detail: 'That invoice is already paid.' };

  it("marks the server's sentence with the language the kit says its API speaks", () => {
    const error = kit.normalize(body, { status: 404 });
    const { getByText } = render(
      <ApiErrorProvider kit={kit} locale="de" messages={de}>
        <GenericFallback error={error} />
      </ApiErrorProvider>,
    );
    expect(getByText('That invoice is already paid.')).toHaveAttribute('lang', 'en');
    expect(getByText('That invoice is already paid.')).toHaveAttribute('dir', 'auto');
  });

  it('prefers the language the response states (Content-Language)', () => {
    const error = kit.normalize({ detail: 'Cette facture est déjà payée.' }, { status: 404, headers: { 'Content-Language': 'fr-CA' } });
    expect(error.serverLanguage).toBe('fr-CA');
  });

  it('states none when the response names several languages or a malformed one, and the kit none', () => {
    expect(kit.normalize(body, { status: 404, headers: { 'Content-Language': 'de, en' } }).serverLanguage).toBe('en');
    expect(fullKit.normalize(body, { status: 404, headers: { 'Content-Language': 'no language!' } }).serverLanguage).toBeUndefined();
    expect(fullKit.normalize(body, { status: 404 }).serverLanguage).toBeUndefined();
  });
});
