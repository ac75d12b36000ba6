import { describe, expect, it } from 'vitest';
import { seedKit } from '../helpers/kits';

// Read as an app that speaks this API reads it: through its preset.
const normalizeError = seedKit('001').normalize;
import { artworkMqtt } from '../../src/presets/artwork/index';

const read = (body: unknown) => artworkMqtt(body, '');

describe('artworkMqtt: what it reads from an MQTT error reply', () => {
  it('reads the code and message, and the field a validation message names', () => {
    const message = "Operator 'gt' not valid for numeric field 'year'";
    expect(read({ status: 'error', error_code: 'INVALID_FILTER', message })).toEqual({
      dialect: 'artwork-mqtt',
      code: 'INVALID_FILTER',
      message,
      fieldErrors: [{ field: 'year', message }],
    });
  });

  it('has no field error when the message names no field', () => {
    expect(read({ status: 'error', error_code: 'PLAYER_OFFLINE', message: 'Player is offline' })).toEqual({
      dialect: 'artwork-mqtt',
      code: 'PLAYER_OFFLINE',
      message: 'Player is offline',
      fieldErrors: [],
    });
  });

  it('reads a reply that has a code and no message', () => {
    expect(read({ status: 'error', error_code: 'QUEUE_FULL' })).toEqual({ dialect: 'artwork-mqtt', code: 'QUEUE_FULL', fieldErrors: [] });
  });

  it.each([
    ['a success reply', { status: 'ok', error_code: 'NONE', message: 'Done' }],
    ['an error without a code', { status: 'error', message: 'Something failed' }],
    ['an error with an empty code', { status: 'error', error_code: '  ', message: 'Something failed' }],
    ['a numeric status', { status: 500, error_code: 'INTERNAL', message: 'Something failed' }],
  ])('does not read %s', (_, body) => {
    expect(read(body)).toBeUndefined();
  });
});

describe('artworkMqtt through normalizeError', () => {
  it('gives the named field its validation message', () => {
    const error = normalizeError({ status: 'error', error_code: 'VALIDATION_ERROR', message: "Operator 'contains' not valid for numeric field 'width'" });
    expect(error).toMatchObject({ dialect: 'artwork-mqtt', code: 'VALIDATION_ERROR', category: 'validation' });
    expect(error.fieldErrors).toEqual([{ field: 'width', message: "Operator 'contains' not valid for numeric field 'width'" }]);
  });
});
