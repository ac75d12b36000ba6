import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SEED_EXAMPLES } from '../../fixtures/seedExamples';
import { ValidationSummary } from '../../src/react/fallbacks/ValidationSummary';
import { FieldErrorMessage } from '../../src/react/forms/FieldErrorMessage';
import { useFieldErrors } from '../../src/react/forms/useFieldErrors';
import { storyKit } from '../support/storyKit';

const medianestValidation = SEED_EXAMPLES.find((example) => example.heading.endsWith('`VALIDATION_ERROR`'));

// Seed 000's body and DRF's, read with the story kit (the MediaNest preset reads seed 000's envelope).
function SummaryWithFields({ body, status }: { body: unknown; status: number }) {
  const error = storyKit.normalize(body, { status });
  const fields = useFieldErrors(error);
  return (
    <div className="aek-example-form">
      <ValidationSummary error={error} autoFocus={false} />
      {error.fieldErrors
        .filter(({ field }) => field)
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

/** The dark theme: axe checks its contrast too. */
export const FieldErrorsDark: Story = { ...FieldErrors, globals: { theme: 'dark' } };
