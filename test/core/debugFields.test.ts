import { describe, expect, it } from 'vitest';
import { carriesDebugOutput } from '../../src/core/screen/debugFields';

describe('bodies that carry debug output', () => {
  it('tells the dev-mode stack of a MediaNest body (seed 000), at the top or in its error', () => {
    expect(carriesDebugOutput({ success: false, error: { code: 'INTERNAL_ERROR', message: 'Cannot read properties of undefined', details: { stack: 'TypeError: ...' } } })).toBe(true);
    expect(carriesDebugOutput({ error: 'INTERNAL_ERROR', message: 'Internal server error', statusCode: 500, stack: 'Error: boom' })).toBe(true);
  });

  it('tells a Laravel body by its exception, file and line', () => {
    expect(carriesDebugOutput({ message: 'Undefined variable $user', exception: 'ErrorException', file: '/var/www/app/Http/Controllers/UserController.php', line: 42, trace: [] })).toBe(true);
  });

  it('tells a source file with its line number, whatever the other fields are called', () => {
    expect(carriesDebugOutput({ message: 'Division by zero', file: '/var/www/app/Services/Billing.php', line: 118 })).toBe(true);
    expect(carriesDebugOutput({ error: { message: 'Division by zero', context: { file: 'billing.rb', line: 7 } } })).toBe(true);
  });

  it('reads the debug field names in any case', () => {
    expect(carriesDebugOutput({ message: 'Boom', StackTrace: 'at Foo.Bar()' })).toBe(true);
    expect(carriesDebugOutput({ message: 'Boom', details: { Original_Message: 'SQLSTATE[42S02]' } })).toBe(true);
  });

  it('leaves a plain error body alone', () => {
    expect(carriesDebugOutput({ success: false, error: { code: 'VALIDATION_ERROR', message: 'Invalid request data', details: { errors: [] } } })).toBe(false);
    expect(carriesDebugOutput({ message: 'Upload rejected', file: 'avatar.png' })).toBe(false);
    expect(carriesDebugOutput({ message: 'Line 3 is invalid', line: 3 })).toBe(false);
    expect(carriesDebugOutput({ detail: 'Not Found' })).toBe(false);
  });

  it('leaves a body that is not an object alone', () => {
    expect(carriesDebugOutput('Internal Server Error')).toBe(false);
    expect(carriesDebugOutput(null)).toBe(false);
    expect(carriesDebugOutput([{ stack: 'Error: boom' }])).toBe(false);
  });
});
