import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../src/core/normalize/normalizeError';
import { useFieldErrors } from '../../../src/react/forms/useFieldErrors';

describe('useFieldErrors', () => {
  it('gives a field its messages and the attributes that point at them', () => {
    const error = normalizeError({ email: ['Enter a valid email address.', 'Use your work address.'] }, { status: 400 });
    const { result } = renderHook(() => useFieldErrors(error));
    expect(result.current.messageFor('email')).toBe('Enter a valid email address. Use your work address.');
    expect(result.current.fieldProps('email', 'email-hint')).toEqual({ id: 'email', 'aria-invalid': true, 'aria-describedby': 'email-hint email-error' });
    expect(result.current.fieldProps('name')).toEqual({ id: 'name', 'aria-invalid': undefined, 'aria-describedby': undefined });
  });

  it.each([
    ['a conflict', { detail: 'Artwork already exists' }, 409],
    ['a rate limit', { detail: 'Too many registration attempts. Please try again later.' }, 429],
    ['a quota', { detail: 'Maximum 128 players allowed per user' }, 400],
  ])('says %s that names no field about the form', (_, body, status) => {
    const error = normalizeError(body, { status });
    const { result } = renderHook(() => useFieldErrors(error));
    expect(result.current.hasErrors).toBe(true);
    expect(result.current.formErrors).toEqual([error.message]);
  });

  it('has nothing to show for a cancelled request or no error', () => {
    expect(renderHook(() => useFieldErrors(normalizeError(new DOMException('x', 'AbortError')))).result.current.hasErrors).toBe(false);
    expect(renderHook(() => useFieldErrors(null)).result.current.hasErrors).toBe(false);
  });
});
