import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../src/core/normalize/normalizeError';
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
    expect(screen.getByRole('alert')).toHaveFocus();
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

describe('ValidationSummary entries that would read the same', () => {
  it('say which field each is about', () => {
    render(<ValidationSummary error={normalizeError({ email: ['This field is required.'], postCode: ['This field is required.'] }, { status: 400 })} />);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Email: This field is required.', 'Post code: This field is required.']);
  });

  it("use the form's own labels when given", () => {
    render(
      <ValidationSummary
        error={normalizeError({ email: ['Enter a valid address.'], handle: ['This handle is already taken'] }, { status: 400 })}
        labelFor={(field) => ({ email: 'Work email', handle: 'Handle' })[field]}
      />,
    );
    // A message that already names its field is left as it is.
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Work email: Enter a valid address.', 'This handle is already taken']);
  });

  it('take the heading level a page needs', () => {
    render(<ValidationSummary error={normalizeError({ email: ['Required'] }, { status: 400 })} headingLevel={1} />);
    expect(screen.getByRole('heading', { level: 1, name: 'There is a problem' })).toBeInTheDocument();
  });
});

describe('ValidationSummary of a body with thousands of field errors', () => {
  it('lists the first twenty and says how many more there are', () => {
    const errors = Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`field_${index}`, Array.from({ length: 100 }, (__, n) => `Problem ${n} with field ${index}.`)]));
    render(<ValidationSummary error={normalizeError({ message: 'The given data was invalid.', errors }, { status: 422 })} />);
    expect(screen.getAllByRole('link')).toHaveLength(20);
    expect(screen.getByText('And 80 more problems.')).toBeInTheDocument();
  });
});
