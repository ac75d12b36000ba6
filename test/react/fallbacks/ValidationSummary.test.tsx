import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../src/core/ApiError';
import { normalizeError } from '../../../src/core/normalize/normalizeError';
import ar from '../../../src/locales/ar';
import { ApiErrorProvider } from '../../../src/react/ApiErrorSettings';
import { ValidationSummary } from '../../../src/react/fallbacks/ValidationSummary';
import { seedError } from '../../helpers/apiError';
import { expectNoAxeViolations } from '../../helpers/axe';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

describe('ValidationSummary', () => {
  itKeepsTheFallbackContract(ValidationSummary as never, () => seedError('000', '`VALIDATION_ERROR`'));

  it('lists every field error as a link that moves focus to its field', async () => {
    render(
      <>
        <ValidationSummary error={seedError('000', '`VALIDATION_ERROR`')} />
        <label htmlFor="email">Email</label>
        <input id="email" defaultValue="not-an-email" />
        <label htmlFor="tmdbId">TMDB ID</label>
        <input id="tmdbId" defaultValue="-1" />
      </>,
    );
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    // GOV.UK: the box takes focus, an element inside it is the alert, so it is announced once.
    expect(document.activeElement).toContainElement(screen.getByRole('alert'));
    expect(screen.getByRole('alert')).not.toHaveFocus();
    const link = screen.getByRole('link', { name: 'TMDB ID must be a positive integer' });
    expect(link).toHaveAttribute('href', '#tmdbId');
    await userEvent.click(link);
    expect(screen.getByLabelText('TMDB ID')).toHaveFocus();
    expect(screen.getByLabelText('TMDB ID')).toHaveValue('-1');
  });

  it('lists form-level errors without a link', () => {
    render(<ValidationSummary error={normalizeError({ non_field_errors: ['The fields email, username must make a unique set.'] }, { status: 400 })} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('The fields email, username must make a unique set.');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows the message of a validation error that names no field', () => {
    render(<ValidationSummary error={normalizeError({ detail: 'Invalid image dimensions/format' }, { status: 400 })} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Invalid image dimensions/format');
  });

  it('renders field messages as text, never as markup', async () => {
    const error = normalizeError({ detail: [{ loc: ['body', 'name'], msg: '<img src=x onerror=alert(1)> is not allowed', type: 'value_error' }] }, { status: 422 });
    const { container } = render(<ValidationSummary error={error} />);
    expect(container.querySelector('img')).toBeNull();
    await expectNoAxeViolations(container);
  });
});

/** Inputs with these ids, labelled by them: the fields a summary's links go to. */
const Fields = ({ ids }: { ids: readonly string[] }) => (
  <>
    {ids.map((id) => (
      <p key={id}>
        <label htmlFor={id}>{id}</label>
        <input id={id} />
      </p>
    ))}
  </>
);

describe('ValidationSummary entries that would read the same', () => {
  it('say which field each is about', () => {
    render(
      <>
        <ValidationSummary error={normalizeError({ email: ['This field is required.'], postCode: ['This field is required.'] }, { status: 400 })} />
        <Fields ids={['email', 'postCode']} />
      </>,
    );
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Email: This field is required.', 'Post code: This field is required.']);
  });

  it("use the form's own labels when given", () => {
    render(
      <>
        <ValidationSummary
          error={normalizeError({ email: ['Enter a valid address.'], handle: ['This handle is already taken'] }, { status: 400 })}
          labelFor={(field) => ({ email: 'Work email', handle: 'Handle' })[field]}
        />
        <Fields ids={['email', 'handle']} />
      </>,
    );
    // A message that already names its field is left as it is.
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Work email: Enter a valid address.', 'This handle is already taken']);
  });

  it('take the heading level a page needs', () => {
    render(<ValidationSummary error={normalizeError({ email: ['Required'] }, { status: 400 })} headingLevel={1} />);
    expect(screen.getByRole('heading', { level: 1, name: 'There is a problem' })).toBeInTheDocument();
  });
});

describe('ValidationSummary after a failed submit', () => {
  /** A form whose every submit fails with the server's answer, shown in a summary above its fields. */
  function FailingForm({ body }: { body: unknown }) {
    const [error, setError] = useState<ApiError>();
    return (
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setError(normalizeError(body, { status: 400 }));
        }}
      >
        {error && <ValidationSummary error={error} />}
        <label htmlFor="email">Email</label>
        <input id="email" name="email" />
        <button type="submit">Save</button>
      </form>
    );
  }

  it('takes focus from the field where Enter was pressed, on every submit', async () => {
    const user = userEvent.setup();
    render(<FailingForm body={{ email: ['Enter an email address in the correct format, like name@example.com'] }} />);
    await user.type(screen.getByLabelText('Email'), 'ada@{Enter}');
    const alert = screen.getByRole('alert');
    expect(document.activeElement).toContainElement(alert);

    await user.click(screen.getByRole('link', { name: /Enter an email address/ }));
    expect(screen.getByLabelText('Email')).toHaveFocus();
    await user.type(screen.getByLabelText('Email'), 'example{Enter}');
    expect(document.activeElement).toContainElement(screen.getByRole('alert'));
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example');

    await user.click(screen.getByLabelText('Email'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(document.activeElement).toContainElement(screen.getByRole('alert'));
  });

  it('shows an entry for a field that is not on the form as text, not a link to nothing', async () => {
    const user = userEvent.setup();
    render(<FailingForm body={{ email: ['Enter an email address'], referral_code: ['This referral code has expired.'] }} />);
    await user.type(screen.getByLabelText('Email'), 'ada{Enter}');
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('link').map((link) => link.textContent)).toEqual(['Enter an email address']);
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Enter an email address', 'This referral code has expired.']);
  });

  it('isolates field names and server sentences, so in Arabic an English sentence keeps its full stop', () => {
    render(
      <ApiErrorProvider locale="ar" messages={ar}>
        <div dir="rtl" lang="ar">
          <ValidationSummary error={normalizeError({ email: ['This field is required.'], postCode: ['This field is required.'] }, { status: 400 })} />
          <Fields ids={['email', 'postCode']} />
        </div>
      </ApiErrorProvider>,
    );
    const [first] = screen.getAllByRole('link');
    expect(within(first as HTMLElement).getByText('This field is required.').tagName).toBe('BDI');
    expect(within(first as HTMLElement).getByText('Email').tagName).toBe('BDI');
  });
});

describe('ValidationSummary of a body with thousands of field errors', () => {
  it('lists the first twenty in the alert and the rest behind a disclosure, every one a link to its field', async () => {
    const user = userEvent.setup();
    const ids = Array.from({ length: 24 }, (_, index) => `field_${index}`);
    const errors = Object.fromEntries(ids.map((id, index) => [id, [`Problem with field ${index}.`]]));
    render(
      <>
        <ValidationSummary error={normalizeError({ message: 'The given data was invalid.', errors }, { status: 422 })} />
        <Fields ids={ids} />
      </>,
    );
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(20);
    // Outside the alert, so opening it announces nothing twice; closed until asked.
    const more = screen.getByText('And 4 more problems.');
    expect(screen.getByRole('alert')).not.toContainElement(more);
    expect(screen.getByRole('link', { name: 'Problem with field 23.' })).not.toBeVisible();
    await user.click(more);
    expect(screen.getByRole('link', { name: 'Problem with field 23.' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Problem with field 23.' }));
    expect(screen.getByLabelText('field_23')).toHaveFocus();
  });

  it('lists the first twenty and says how many more there are', () => {
    const errors = Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`field_${index}`, Array.from({ length: 100 }, (__, n) => `Problem ${n} with field ${index}.`)]));
    render(<ValidationSummary error={normalizeError({ message: 'The given data was invalid.', errors }, { status: 422 })} />);
    expect(within(screen.getByRole('alert')).getAllByRole('listitem')).toHaveLength(20);
    expect(screen.getByText('And 80 more problems.')).toBeInTheDocument();
  });
});
