import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import type { ApiError } from '../../src/core/ApiError';
import { ValidationSummary } from '../../src/react/fallbacks/ValidationSummary';
import { FieldErrorMessage } from '../../src/react/forms/FieldErrorMessage';
import { useFieldErrors } from '../../src/react/forms/useFieldErrors';
import { storyKit } from '../support/storyKit';

const medianestValidation = SEED_EXAMPLES.find((example) => example.heading.endsWith('`VALIDATION_ERROR`'));

// Seed 000's body and DRF's, read with the story kit (the MediaNest preset reads seed 000's envelope).
function SummaryWithFields({ body, status, missing = [] }: { body: unknown; status: number; missing?: readonly string[] }) {
  const error = storyKit.normalize(body, { status });
  const fields = useFieldErrors(error);
  return (
    <div className="aek-example-form">
      <ValidationSummary error={error} autoFocus={false} />
      {error.fieldErrors
        .filter(({ field }, index, all) => field && !missing.includes(field) && all.findIndex((other) => other.field === field) === index)
        .map(({ field, value }) => (
          <div key={field} className="aek-example-field aek-example-field--error">
            <label htmlFor={field}>{field}</label>
            <FieldErrorMessage fieldId={field} message={fields.messageFor(field)} />
            <input {...fields.fieldProps(field)} defaultValue={typeof value === 'string' ? value : ''} />
          </div>
        ))}
    </div>
  );
}

const meta = {
  title: 'Fallbacks/ValidationSummary',
  component: SummaryWithFields,
  args: { body: medianestValidation?.body, status: 400 },
} satisfies Meta<typeof SummaryWithFields>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seed 000's VALIDATION_ERROR: the summary's links move focus to each field; inline errors say the same. */
export const FieldErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await userEvent.click(canvas.getByRole('link', { name: 'TMDB ID must be a positive integer' }));
    await expect(canvas.getByLabelText('tmdbId')).toHaveFocus();
    await expect(canvas.getByLabelText('tmdbId')).toHaveAccessibleDescription('Error: TMDB ID must be a positive integer');
  },
};

/** DRF's non_field_errors: a form-level entry without a link. */
export const FormLevelError: Story = {
  args: { body: { non_field_errors: ['The fields email, username must make a unique set.'] }, status: 400 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('listitem')).toHaveTextContent('The fields email, username must make a unique set.');
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

/** A message about a field the form does not have: said as text, never a link to nothing. */
export const FieldNotOnTheForm: Story = {
  args: { body: { email: ['Enter a valid email address.'], referral_code: ['This referral code has expired.'] }, status: 400, missing: ['referral_code'] },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(within(alert).getAllByRole('link').map((link) => link.textContent)).toEqual(['Enter a valid email address.']);
    await expect(within(alert).getByText('This referral code has expired.')).toBeVisible();
  },
};

/** Twenty-four problems: twenty in the alert, the rest behind "And 4 more problems.", each a link to its field. */
export const ManyProblems: Story = {
  args: { body: { message: 'The given data was invalid.', errors: Object.fromEntries(Array.from({ length: 24 }, (_, index) => [`field_${index}`, [`Problem ${index + 1} of 24.`]])) }, status: 422 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(within(canvas.getByRole('alert')).getAllByRole('link')).toHaveLength(20);
    await expect(canvas.getByRole('link', { name: 'Problem 24 of 24.' })).not.toBeVisible();
    await userEvent.click(canvas.getByText('And 4 more problems.'));
    await userEvent.click(canvas.getByRole('link', { name: 'Problem 24 of 24.' }));
    await expect(canvas.getByLabelText('field_23')).toHaveFocus();
  },
};

/** A form whose every submit fails: Enter in the field moves focus to the summary, each time. */
function FailingForm() {
  const [error, setError] = useState<ApiError>();
  return (
    <form
      noValidate
      className="aek-example-form"
      onSubmit={(event) => {
        event.preventDefault();
        setError(storyKit.normalize({ email: ['Enter an email address in the correct format, like name@example.com'] }, { status: 400 }));
      }}
    >
      {error && <ValidationSummary error={error} />}
      <div className="aek-example-field">
        <label htmlFor="email">Email address</label>
        <input id="email" name="email" type="email" />
      </div>
      <button type="submit" className="aek-button">
        Continue
      </button>
    </form>
  );
}

/** Enter in a field submits; the failed submit moves focus from the field to the summary, every time. */
export const EnterInAField: Story = {
  render: () => <FailingForm />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Email address'), 'ada@{Enter}');
    await expect(canvas.getByRole('alert').parentElement).toHaveFocus();
    await userEvent.click(canvas.getByRole('link', { name: /Enter an email address/ }));
    await userEvent.type(canvas.getByLabelText('Email address'), 'example{Enter}');
    await expect(canvas.getByRole('alert').parentElement).toHaveFocus();
    await expect(canvas.getByLabelText('Email address')).toHaveValue('ada@example');
  },
};

/** The dark theme: axe checks its contrast too. */
export const FieldErrorsDark: Story = { ...FieldErrors, globals: { theme: 'dark' } };
