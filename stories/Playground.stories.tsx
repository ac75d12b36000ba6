import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { ApiErrorProvider, useApiErrorSettings } from '../src/react/ApiErrorSettings';
import { ResponseExample } from './support/ResponseExample';
import { ENGLISH, STORY_LOCALES } from './support/storyLocales';

function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (match?.[1]) headers[match[1]] = match[2] ?? '';
  }
  return headers;
}

/** Paste a status, headers and a body, pick a language; see the ApiError and the fallback the boundary would show, read with the story kit (every preset, every fallback). */
function Playground({ initialStatus, initialHeaders, initialBody }: { initialStatus: string; initialHeaders: string; initialBody: string }) {
  const { kit } = useApiErrorSettings();
  const [locale, setLocale] = useState('en');
  const [status, setStatus] = useState(initialStatus);
  const [headers, setHeaders] = useState(initialHeaders);
  const [body, setBody] = useState(initialBody);
  const id = useId();
  const chosen = STORY_LOCALES[locale] ?? ENGLISH;
  const context = { status: Number(status) || undefined, headers: parseHeaders(headers) };
  const error = kit.normalize(body, context);
  const { cause: _cause, ...shown } = { ...error, message: error.message };
  return (
    <div className="aek-story-page aek-story-playground">
      <label htmlFor={`${id}-status`}>Status</label>
      <input id={`${id}-status`} inputMode="numeric" value={status} onChange={(event) => setStatus(event.target.value)} />
      <label htmlFor={`${id}-headers`}>Headers, one per line</label>
      <textarea id={`${id}-headers`} rows={3} value={headers} onChange={(event) => setHeaders(event.target.value)} />
      <label htmlFor={`${id}-body`}>Body (JSON, HTML, text or nothing)</label>
      <textarea id={`${id}-body`} rows={10} value={body} onChange={(event) => setBody(event.target.value)} />
      <h2>The ApiError</h2>
      <pre tabIndex={0} role="region" aria-label="The normalized ApiError">
        {JSON.stringify(shown, null, 2)}
      </pre>
      <h2>What the boundary shows</h2>
      <label htmlFor={`${id}-locale`}>Language</label>
      <select id={`${id}-locale`} value={locale} onChange={(event) => setLocale(event.target.value)}>
        {Object.entries(STORY_LOCALES).map(([value, { title }]) => (
          <option key={value} value={value}>
            {title}
          </option>
        ))}
      </select>
      <div dir={chosen.dir} lang={chosen.tag}>
        <ApiErrorProvider locale={chosen.tag} messages={chosen.catalogue}>
          <ResponseExample key={`${status}\n${headers}\n${body}`} status={context.status} headers={context.headers} body={body} />
        </ApiErrorProvider>
      </div>
    </div>
  );
}

const meta = {
  title: 'Playground',
  component: Playground,
  args: {
    initialStatus: '429',
    initialHeaders: 'Retry-After: 45\nX-RateLimit-Remaining: 0',
    initialBody: JSON.stringify({ success: false, data: { retry_after: 45, current_count: 31, limit: 30 }, error_code: 'RATE_LIMIT_EXCEEDED', error_message: 'Rate limit exceeded. Please try again in 45 seconds.' }, null, 2),
  },
} satisfies Meta<typeof Playground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Starts with seed 003's rate limit; paste anything else. */
export const PasteAResponse: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'The normalized ApiError' })).toHaveTextContent('"code": "RATE_LIMIT_EXCEEDED"');
    await userEvent.clear(canvas.getByLabelText('Status'));
    await userEvent.type(canvas.getByLabelText('Status'), '502');
    await userEvent.clear(canvas.getByLabelText('Body (JSON, HTML, text or nothing)'));
    await userEvent.type(canvas.getByLabelText('Body (JSON, HTML, text or nothing)'), '<html><title>502 Bad Gateway</title></html>');
    await expect(canvas.getByRole('region', { name: 'The normalized ApiError' })).toHaveTextContent('"code": "BAD_GATEWAY"');
    await expect(canvas.getByRole('heading', { name: 'A service we rely on is not responding' })).toBeVisible();
    await userEvent.selectOptions(canvas.getByLabelText('Language'), 'de');
    await expect(canvas.getByRole('heading', { name: 'Ein Dienst, den wir nutzen, antwortet nicht' })).toBeVisible();
  },
};
