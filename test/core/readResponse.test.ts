import { describe, expect, it } from 'vitest';
import { isResponseLike, readTextUpTo, responseHeaders, type ResponseLike } from '../../src/core/normalize/readResponse';

/** A response whose body streams `chunks`, recording whether the rest was cancelled. */
function streamed(chunks: unknown[]): { response: ResponseLike; cancelled: () => boolean } {
  let index = 0;
  let cancelled = false;
  const reader = {
    read: () => Promise.resolve(index < chunks.length ? { done: false, value: chunks[index++] } : { done: true }),
    cancel: () => {
      cancelled = true;
      return Promise.resolve();
    },
  };
  return { response: { status: 500, body: { getReader: () => reader }, text: () => Promise.reject(new Error('read as a stream')) }, cancelled: () => cancelled };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('what counts as a response', () => {
  it('needs a numeric status and a text method', () => {
    expect(isResponseLike(new Response('x', { status: 500 }))).toBe(true);
    expect(isResponseLike({ status: 500, text: () => Promise.resolve('') })).toBe(true);
    expect(isResponseLike({ status: 500 })).toBe(false);
    expect(isResponseLike({ status: '500', text: () => Promise.resolve('') })).toBe(false);
    expect(isResponseLike(null)).toBe(false);
    expect(isResponseLike('500')).toBe(false);
  });

  it('is false, not a throw, for an object whose status getter throws', () => {
    expect(isResponseLike(Object.defineProperty({}, 'status', { get: () => { throw new Error('boom'); } }))).toBe(false);
  });

  it('has headers only when they are an object that can be read', () => {
    const headers = new Headers({ 'retry-after': '5' });
    expect(responseHeaders({ status: 503, headers, text: () => Promise.resolve('') })).toBe(headers);
    expect(responseHeaders({ status: 503, headers: 'retry-after: 5', text: () => Promise.resolve('') })).toBeUndefined();
    expect(responseHeaders({ status: 503, headers: null, text: () => Promise.resolve('') })).toBeUndefined();
    const throwing = Object.defineProperty({ status: 503, text: () => Promise.resolve('') }, 'headers', { get: () => { throw new Error('boom'); } });
    expect(responseHeaders(throwing)).toBeUndefined();
  });
});

describe('reading a body up to a bound', () => {
  it('reads nothing from a body already used, and the text of a body with no stream', async () => {
    await expect(readTextUpTo({ status: 500, bodyUsed: true, text: () => Promise.resolve('Oops') }, 100)).resolves.toBe('');
    await expect(readTextUpTo({ status: 500, body: null, text: () => Promise.resolve('Oops') }, 100)).resolves.toBe('Oops');
  });

  it('joins a character split between chunks and skips chunks that are not bytes', async () => {
    const euro = bytes('€');
    const { response } = streamed([euro.slice(0, 1), 'not bytes', euro.slice(1), bytes(' 5')]);
    await expect(readTextUpTo(response, 100)).resolves.toBe('€ 5');
  });

  it('reads on while the text is at the bound, and cancels the rest once it is past', async () => {
    const { response, cancelled } = streamed([bytes('abc'), bytes('def'), bytes('ghi')]);
    await expect(readTextUpTo(response, 3)).resolves.toBe('abcdef');
    expect(cancelled()).toBe(true);
    const whole = streamed([bytes('abc')]);
    await expect(readTextUpTo(whole.response, 3)).resolves.toBe('abc');
    expect(whole.cancelled()).toBe(false);
  });
});
