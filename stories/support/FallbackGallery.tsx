import { createElement, useState } from 'react';
import { exampleForCode } from '../../fixtures/codeExamples';
import type { ErrorKit } from '../../src/core/kit/createErrorKit';
import { useApiErrorSettings } from '../../src/react/ApiErrorSettings';
import { ValidationSummary } from '../../src/react/fallbacks/ValidationSummary';
import { FieldErrorMessage } from '../../src/react/forms/FieldErrorMessage';
import { QuietNotice } from '../../src/react/shared/QuietNotice';
import { selectFallback } from '../../src/react/selectFallback';

// One fallback of each kind, with the facts each states: what a translation has to fit. The
// presets' fallbacks (the Plex PIN, Plex unreachable) are among them: the kit brings their words.
const CODES: readonly string[] = [
  'TOKEN_EXPIRED',
  'PIN_NOT_AUTHORIZED',
  'ACCESS_DENIED',
  'FEATURE_NOT_AVAILABLE',
  'NOT_FOUND',
  'DUPLICATE_RESOURCE',
  'INVALID_STATE',
  'RATE_LIMIT_EXCEEDED',
  'QUOTA_EXCEEDED',
  'PLEX_UNREACHABLE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
  'NETWORK_ERROR',
  'UNKNOWN_ERROR',
];

function errorFor(kit: ErrorKit, code: string) {
  const example = exampleForCode(code);
  return kit.normalize(example.thrown ? example.thrown() : example.body, { status: example.status, headers: example.headers });
}

const noop = () => undefined;

/** Every kind of fallback the provider's kit has, the error summary, an inline error and a quiet panel, in the toolbar's locale. */
export function FallbackGallery() {
  const { kit } = useApiErrorSettings();
  const [summary] = useState(() => kit.normalize({ message: 'The given data was invalid.', errors: Object.fromEntries(Array.from({ length: 24 }, (_, index) => [`field_${index}`, ['This field is required.']])) }, { status: 422 }));
  const [errors] = useState(() => CODES.map((code) => errorFor(kit, code)));
  return (
    <div className="aek-story-gallery">
      <h2>Every fallback</h2>
      {errors.map((error) => (
        <div key={error.code} className="aek-story-gallery__item">
          {createElement(selectFallback(error, kit, {}), { error, onRetry: noop, onAutoRetry: noop, attempt: 0, autoFocus: false })}
        </div>
      ))}
      <div className="aek-story-gallery__item">
        <ValidationSummary error={summary} autoFocus={false} linkFields={false} />
      </div>
      <div className="aek-story-gallery__item aek-example-field aek-example-field--error">
        <label htmlFor="field_0">Field 0</label>
        <FieldErrorMessage fieldId="field_0" message="This field is required." />
        <input id="field_0" aria-invalid aria-describedby="field_0-error" />
      </div>
      <div className="aek-story-gallery__item">
        <QuietNotice error={errors[0] ?? summary} kind="session" />
      </div>
    </div>
  );
}
