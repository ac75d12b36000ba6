import { ApiErrorFallback, FieldErrorMessage, useFieldErrors, ValidationSummary } from 'api-error-kit';
import { isApiError } from 'api-error-kit/core';
import { Form, useActionData, useNavigation } from 'react-router';
import { linkHref } from '../api/links';
import type { shortLinkAction } from './shortLinkAction';

const FIELDS = [
  { name: 'url', label: 'Long URL', hint: 'For example, https://example.com/a/very/long/page', type: 'url' },
  { name: 'custom_code', label: 'Custom code (optional)', hint: '4 to 10 letters, numbers, hyphens or underscores', type: 'text' },
] as const;

// The summary names the field when the server's message does not ("String should match pattern …").
const SUMMARY_LABELS: Record<string, string> = { url: 'Long URL', custom_code: 'Custom code' };
const labelFor = (field: string) => SUMMARY_LABELS[field];

/** Shortens a URL through a React Router action; the action's failure is shown on the form. */
export function ShortLinksPage() {
  const result = useActionData<typeof shortLinkAction>();
  const navigation = useNavigation();
  const error = result?.error;
  const errors = useFieldErrors(error);
  const apiError = isApiError(error) ? error : undefined;
  const shortUrl = result?.link?.short_url;
  const href = linkHref(shortUrl);
  const aboutFields = apiError !== undefined && (apiError.category === 'validation' || apiError.fieldErrors.length > 0);

  return (
    <>
      <h1>Short links</h1>
      <p role="status" className="success">
        {shortUrl && <>Your short link is {href ? <a href={href}>{shortUrl}</a> : shortUrl}</>}
      </p>
      <Form method="post" noValidate className="form">
        {/* Keyed by submit, so each failed submit moves focus to its summary again. */}
        {aboutFields && <ValidationSummary key={result?.submittedAt} error={apiError} labelFor={labelFor} />}
        {error !== undefined && !aboutFields && <ApiErrorFallback key={result?.submittedAt} error={error} />}
        {FIELDS.map(({ name, label, hint, type }) => {
          const message = errors.messageFor(name);
          return (
            <div key={name} className={message ? 'field field--error' : 'field'}>
              <label htmlFor={name}>{label}</label>
              <p id={`${name}-hint`} className="field__hint">
                {hint}
              </p>
              <FieldErrorMessage fieldId={name} message={message} />
              <input {...errors.fieldProps(name, `${name}-hint`)} name={name} type={type} autoComplete="off" spellCheck={false} />
            </div>
          );
        })}
        <button type="submit" className="aek-button" disabled={navigation.state === 'submitting'}>
          Shorten
        </button>
      </Form>
    </>
  );
}
