import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotFound } from '../../../src/react/fallbacks/NotFound';
import { seedError } from '../../helpers/apiError';
import { itKeepsTheFallbackContract } from '../../helpers/fallbackContract';

describe('NotFound', () => {
  itKeepsTheFallbackContract(NotFound, () => seedError('002', '`NOT_FOUND` (404 Not Found)'));

  it("shows the server's sentence naming what is missing, and where to go instead", () => {
    render(<NotFound error={seedError('003', 'NOT_FOUND (404)')} action={<a href="/urls">See all your links</a>} />);
    expect(screen.getByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByText("Short URL 'abc123' not found")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all your links' })).toBeInTheDocument();
  });
});
