import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mock, MockInstance } from 'vitest';
import { callSafely, reportCallbackError } from '../../src/core/internal/callSafely';

type Report = (error: unknown) => void;

// Every test runs with a known page: no reportError (so the kit says it on the console), unless
// a test gives the page one. The console is watched rather than written to.
let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  vi.stubGlobal('reportError', undefined);
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The page's reportError, recording what it is given. */
function givePageReportError(): Mock<Report> {
  const report = vi.fn<Report>();
  vi.stubGlobal('reportError', report);
  return report;
}

/** A value that cannot be turned into text: String() throws on it. */
function undescribable(): unknown {
  return Object.create(null) as unknown;
}

describe('callSafely passes on what the callback does', () => {
  it("returns the callback's value, called with the arguments given", () => {
    expect(callSafely('add', (a: number, b: number) => a + b, 2, 3)).toBe(5);
    expect(callSafely('href', () => '/login')).toBe('/login');
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('returns undefined without reporting anything when there is no callback', () => {
    const report = givePageReportError();
    expect(callSafely<[], string>('onReset', undefined)).toBeUndefined();
    expect(report).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('callSafely contains a throwing callback', () => {
  it('returns undefined and says on the console which callback threw, with its error', () => {
    const error = new Error('session store is down');
    expect(
      callSafely('onSignIn', () => {
        throw error;
      }),
    ).toBeUndefined();
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledWith("api-error-kit: the application's onSignIn threw; the kit carried on.", error);
  });

  it("gives the error to the page's reportError when there is one, instead of the console", () => {
    const report = givePageReportError();
    const error = new TypeError('cannot read href');
    expect(
      callSafely('loginHref', () => {
        throw error;
      }),
    ).toBeUndefined();
    expect(report).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith(error);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('carries on when reporting the error throws as well', () => {
    vi.stubGlobal('reportError', () => {
      throw new Error('the reporter is broken too');
    });
    expect(() => reportCallbackError('onBrokenReporter', new Error('first'))).not.toThrow();
    expect(
      callSafely('onBrokenReporterToo', () => {
        throw new Error('second');
      }),
    ).toBeUndefined();
  });

  it('contains a throw of a value that cannot even be described', () => {
    expect(
      callSafely('onOdd', () => {
        throw undescribable();
      }),
    ).toBeUndefined();
    expect(consoleError).toHaveBeenCalledTimes(1);
  });
});

describe('a callback failing the same way is reported once', () => {
  it('reports the same failure once, however many times it happens', () => {
    const failing = () => {
      throw new Error('no session');
    };
    for (let render = 0; render < 5; render++) expect(callSafely('repeatHref', failing)).toBeUndefined();
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  it('reports each different error of the same callback', () => {
    reportCallbackError('twoErrors', new Error('first'));
    reportCallbackError('twoErrors', new Error('second'));
    reportCallbackError('twoErrors', new TypeError('second'));
    reportCallbackError('twoErrors', 'a thrown string');
    expect(consoleError).toHaveBeenCalledTimes(4);
  });

  it('reports the same error from different callbacks for each', () => {
    const error = new Error('same');
    reportCallbackError('firstCallback', error);
    reportCallbackError('secondCallback', error);
    expect(consoleError).toHaveBeenCalledTimes(2);
    expect(consoleError.mock.calls.map(([text]) => text)).toEqual([
      "api-error-kit: the application's firstCallback threw; the kit carried on.",
      "api-error-kit: the application's secondCallback threw; the kit carried on.",
    ]);
  });

  it('remembers a failure while other failures come in between', () => {
    reportCallbackError('interleaved', new Error('A'));
    reportCallbackError('interleaved', new Error('B'));
    reportCallbackError('interleaved', new Error('A'));
    reportCallbackError('interleaved', new Error('B'));
    expect(consoleError).toHaveBeenCalledTimes(2);
  });

  it('tells an undescribable throw from a thrown empty string or undefined', () => {
    reportCallbackError('oddThrows', undescribable());
    reportCallbackError('oddThrows', '');
    reportCallbackError('oddThrows', undefined);
    reportCallbackError('oddThrows', undescribable());
    expect(consoleError).toHaveBeenCalledTimes(3);
  });
});

describe('the failures remembered are bounded', () => {
  it('remembers a hundred failures, then forgets them all and reports again', async () => {
    // A fresh copy of the module: it starts remembering nothing.
    vi.resetModules();
    const fresh = await import('../../src/core/internal/callSafely');
    fresh.reportCallbackError('bounded', new Error('first'));
    for (let other = 1; other < 100; other++) fresh.reportCallbackError('bounded', new Error(`other ${other}`));
    expect(consoleError).toHaveBeenCalledTimes(100);

    fresh.reportCallbackError('bounded', new Error('first'));
    expect(consoleError).toHaveBeenCalledTimes(100);

    fresh.reportCallbackError('bounded', new Error('one too many'));
    fresh.reportCallbackError('bounded', new Error('first'));
    expect(consoleError).toHaveBeenCalledTimes(102);
  });
});
