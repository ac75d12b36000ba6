import { backoffCeiling, type BackoffOptions } from './backoff';

// One rate limit is one event for every request to that origin. Fifty queries refused at once
// each waited their own floor and came back together, fifty requests a second into a limit
// that had just said no; behind a gate they wait for the same moment, one request goes first to
// ask, and the rest follow only if it gets through. A limit hit again while the wait runs is the
// same hit; one hit again after it adds a step to the origin's own backoff.

interface OriginState {
  /** When the shared wait ends (ms since the epoch). */
  until: number;
  /** Rate limits in a row at this origin, each after the previous wait had ended. */
  strikes: number;
  /** True while one request, sent once the wait ended, asks whether the limit has passed. */
  probing: boolean;
  /** Requests waiting for the probe's answer. */
  waiting: Set<() => void>;
}

/** What a request gets at the gate: go (first to ask, or nothing in the way), or the wait that is too long to hold it for. */
export type GateAnswer = { go: true; probe: boolean } | { go: false; waitMs: number };

// States kept at once: one per origin a page talks to; the oldest go first past this.
const MAX_ORIGINS = 100;

/** The shared wait of every request and retry to each origin once it has refused with a rate limit. */
export class RateLimitGate {
  private readonly origins = new Map<string, OriginState>();

  constructor(private readonly backoff: BackoffOptions = {}) {}

  /** Notes a rate limit from `origin`, with the wait it stated, if any. */
  limited(origin: string, statedMs: number | undefined, now: number = Date.now()): void {
    const state = this.origins.get(origin) ?? { until: 0, strikes: 0, probing: false, waiting: new Set<() => void>() };
    if (now >= state.until) {
      const stated = statedMs !== undefined && Number.isFinite(statedMs) && statedMs > 0 ? statedMs : 0;
      state.until = now + Math.max(stated, backoffCeiling(state.strikes, this.backoff));
      state.strikes += 1;
    }
    state.probing = false;
    this.origins.delete(origin);
    this.origins.set(origin, state);
    for (const [oldest, evicted] of this.origins) {
      if (this.origins.size <= MAX_ORIGINS) break;
      this.origins.delete(oldest);
      this.wake(evicted);
    }
    this.wake(state);
  }

  /** Notes an answer from `origin` that was not a rate limit: its wait is over for everyone. */
  passed(origin: string): void {
    const state = this.origins.get(origin);
    if (!state) return;
    this.origins.delete(origin);
    this.wake(state);
  }

  /** A probe that got no answer (aborted, timed out, offline): the next request in line asks instead. */
  released(origin: string): void {
    const state = this.origins.get(origin);
    if (!state) return;
    state.probing = false;
    this.wake(state);
  }

  /** Forgets every origin's wait (a new page, or a test), letting anything waiting go. */
  clear(): void {
    const states = [...this.origins.values()];
    this.origins.clear();
    for (const state of states) this.wake(state);
  }

  /** How long `origin`'s shared wait still runs, in ms (0 when none). */
  remainingMs(origin: string, now: number = Date.now()): number {
    const state = this.origins.get(origin);
    return state ? Math.max(0, state.until - now) : 0;
  }

  /**
   * Waits until a request to `origin` may go: at once when nothing holds it; otherwise once the
   * shared wait ends and, behind the first request to ask, once that one got through. A wait
   * longer than `maxHoldMs` is not held: the answer says how long it is, and nothing is sent.
   * Rejects when `signal` aborts.
   */
  async enter(origin: string, maxHoldMs: number, signal?: AbortSignal): Promise<GateAnswer> {
    for (;;) {
      signal?.throwIfAborted();
      const state = this.origins.get(origin);
      if (!state) return { go: true, probe: false };
      const left = state.until - Date.now();
      if (left > maxHoldMs) return { go: false, waitMs: left };
      if (left > 0) {
        await pause(left, signal);
        continue;
      }
      if (!state.probing) {
        state.probing = true;
        return { go: true, probe: true };
      }
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          state.waiting.delete(done);
          reject(signal?.reason);
        };
        const done = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        state.waiting.add(done);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
  }

  private wake(state: OriginState): void {
    const waiting = [...state.waiting];
    state.waiting.clear();
    for (const resume of waiting) resume();
  }
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
