import { describe, expect, it } from 'vitest';
import { readEnvelope, type EnvelopeShape } from '../../src/core/dialects/readEnvelope';

// The shape a module generated from an OpenAPI document gives readEnvelope (seed 004's envelope).
const nested: EnvelopeShape = {
  dialect: 'acme',
  code: [['error', 'code']],
  message: [['error', 'message']],
  fieldErrors: [['error', 'context', 'errors']],
  field: [['error', 'context', 'field']],
  details: ['error', 'context'],
  correlationId: [['error', 'request_id']],
  success: ['success'],
};
// An envelope whose context is the body itself, less the members that are something else.
const flat: EnvelopeShape = { dialect: 'flat', code: [['id']], message: [['message']], details: [], omit: ['id', 'message', 'request_id'], correlationId: [['request_id']], status: [['status']] };

describe('readEnvelope: an envelope described by where its parts are', () => {
  it('reads the code, the sentence, the context and the support reference where the shape says', () => {
    const body = { success: false, error: { code: 'QUOTA_EXCEEDED', message: 'Monthly quota exceeded', context: { limit: 100 }, request_id: 'req_8f2b1c9d4e' } };
    expect(readEnvelope(body, nested)).toMatchObject({ dialect: 'acme', code: 'QUOTA_EXCEEDED', message: 'Monthly quota exceeded', details: { limit: 100 }, correlationId: 'req_8f2b1c9d4e', fieldErrors: [] });
  });

  it('reads a list of field errors, and otherwise one error about the field the context names, with its value', () => {
    const list = { error: { code: 'VALIDATION_ERROR', message: 'Invalid', context: { errors: [{ field: 'body.email', message: 'Not an email' }] } } };
    expect(readEnvelope(list, nested)?.fieldErrors).toEqual([{ field: 'email', message: 'Not an email' }]);
    const single = { error: { code: 'VALIDATION_ERROR', message: 'Invalid email format', context: { field: 'email', value: 'invalid' } } };
    expect(readEnvelope(single, nested)?.fieldErrors).toEqual([{ field: 'email', message: 'Invalid email format', value: 'invalid' }]);
    const objectValue = { error: { code: 'VALIDATION_ERROR', message: 'Invalid', context: { field: 'email', value: { at: 1 } } } };
    expect(readEnvelope(objectValue, nested)?.fieldErrors).toEqual([{ field: 'email', message: 'Invalid' }]);
  });

  it('keeps the envelope less its read members as the context when the context is the body', () => {
    expect(readEnvelope({ id: 'not_found', message: 'Not here.', request_id: 'r-1', status: 404, region: 'nyc1' }, flat)).toMatchObject({ code: 'not_found', status: 404, details: { status: 404, region: 'nyc1' }, correlationId: 'r-1' });
  });

  it.each([
    ['a success', { success: true, error: { code: 'X', message: 'y' } }],
    ['a body with neither code nor sentence where the shape says', { error: { reason: 'x' } }],
    ['a list', [{ error: { code: 'X' } }]],
    ['text', 'Bad Gateway'],
  ])('does not read %s', (_, body) => {
    expect(readEnvelope(body, nested)).toBeUndefined();
  });

  it('takes the first place that holds text', () => {
    const shape: EnvelopeShape = { dialect: 'two', code: [['code'], ['error']], message: [['message'], ['err']] };
    expect(readEnvelope({ error: 'E1', err: 'Broken' }, shape)).toMatchObject({ code: 'E1', message: 'Broken' });
  });
});
