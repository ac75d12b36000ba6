import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core';
import { textBody } from '../../src/dialects';

describe('textBody: bodies that are not JSON', () => {
  it('takes only strings', () => {
    expect(textBody({ message: 'Not text' }, 'text/plain')).toBeUndefined();
    expect(textBody(503, 'text/plain')).toBeUndefined();
  });

  it('reads a plain sentence as the message, trimmed', () => {
    expect(textBody('  Service is being updated, back soon.\n', 'text/plain')).toEqual({ dialect: 'text', message: 'Service is being updated, back soon.' });
  });

  it('keeps at most 500 characters of a long plain sentence', () => {
    expect(textBody(`Maintenance ${'x'.repeat(700)}`, 'text/plain')?.message).toHaveLength(500);
  });

  it('calls a body of only spaces and newlines empty', () => {
    expect(textBody(' \n\t ', 'text/plain')).toEqual({ dialect: 'empty' });
  });

  it('never uses an HTML page as the message, only its title, trimmed, whatever attributes the title has', () => {
    expect(textBody('<!doctype html><html><head><title lang="en">  502 Bad Gateway </title></head><body>nginx</body></html>', 'text/html')).toEqual({
      dialect: 'html',
      details: { pageTitle: '502 Bad Gateway' },
    });
    expect(textBody('<html><body><h1>Oops</h1></body></html>', 'text/html')).toEqual({ dialect: 'html', details: undefined });
  });

  it('reads only the start of a page, so a huge page costs no more than a small one', () => {
    const page = `<html><head>${' '.repeat(5000)}<title>Late title</title></head></html>`;
    expect(textBody(page, 'text/html')).toEqual({ dialect: 'html', details: undefined });
  });

  it('keeps a JSON body that did not parse off the page, as it comes through normalizeError', () => {
    expect(textBody('{"error": {"message": "Invalid email"', 'application/json')).toEqual({ dialect: 'malformed-json' });
    expect(textBody('  [{"msg": "cut', 'application/json')).toEqual({ dialect: 'malformed-json' });
    const error = normalizeError('{"error": {"message": "Invalid email"', { status: 422 });
    expect(error).toMatchObject({ dialect: 'malformed-json', category: 'validation' });
    expect(error.serverMessage).toBeUndefined();
  });
});
