import { describe, expect, it, vi } from 'vitest';
import { normalizeError } from '../../src/core/normalize/normalizeError';
import { onCaughtError } from '../../src/react/onCaughtError';

describe('onCaughtError', () => {
  it('logs a bug a boundary caught, and not an API failure a fallback shows', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onCaughtError(normalizeError({ detail: 'Not authenticated' }, { status: 401 }), { componentStack: '\n    at Panel' });
    onCaughtError(new TypeError('Failed to fetch'), { componentStack: '' });
    onCaughtError(Object.assign(new Error('Request failed with status code 503'), { response: { status: 503, data: {} } }), { componentStack: '' });
    expect(logged).not.toHaveBeenCalled();
    const bug = new TypeError("Cannot read properties of undefined (reading 'map')");
    onCaughtError(bug, { componentStack: '\n    at Requests' });
    expect(logged).toHaveBeenCalledExactlyOnceWith(bug, '\n    at Requests');
  });
});
