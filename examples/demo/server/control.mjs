// The switchboard: which failures are on right now. Pure in-memory state, one per server, so
// parallel test servers never see each other's switches.
import { HUGE_SHAPES, ODD_LOGIN_URLS } from './hostile.mjs';

const PLANS = ['active', 'free', 'expired'];

class OptionError extends Error {}

function number(options, name, fallback, min, max) {
  const raw = options[name];
  if (raw === undefined || raw === null) return fallback;
  const value = Number(raw);
  if (typeof raw === 'boolean' || !Number.isFinite(value)) throw new OptionError(`${name} must be a number`);
  return Math.min(max, Math.max(min, Math.round(value)));
}

function oneOf(options, name, allowed, fallback) {
  const value = options[name] ?? fallback;
  if (!allowed.includes(value)) throw new OptionError(`${name} must be one of: ${allowed.join(', ')}`);
  return value;
}

function pathOption(options) {
  const path = options.path;
  if (path === undefined || path === null) return undefined;
  if (typeof path !== 'string' || !path.startsWith('/api/')) throw new OptionError('path must start with /api/');
  return path;
}

// Each mode's options, validated; `calls` makes a mode count down and switch itself off.
const MODE_OPTIONS = {
  slow: (o) => ({ ms: number(o, 'ms', 20_000, 0, 600_000) }),
  'proxy-502': (o) => ({ calls: number(o, 'calls', 1, 1, 1_000_000) }),
  'retry-after-zero': () => ({}),
  'rate-limit': (o) => ({ calls: number(o, 'calls', 3, 1, 1_000_000), retryAfterSeconds: number(o, 'retryAfterSeconds', 5, 0, 86_400) }),
  'odd-urls': (o) => {
    // Any text may be pinned: the listed ones are the defaults, not the only hostile links.
    if (o.url !== undefined && (typeof o.url !== 'string' || o.url.length > 4096)) throw new OptionError('url must be a string');
    return { url: o.url, next: 0 };
  },
  'leak-internals': (o) => ({ status: oneOf(o, 'status', ['auto', '5xx', '4xx'], 'auto') }),
  'huge-body': (o) => ({ bytes: number(o, 'bytes', 5_000_000, 1, 50_000_000), shape: oneOf(o, 'shape', HUGE_SHAPES, 'word') }),
};

function initialState(now) {
  return {
    plex: { offlineUntil: 0, kind: 'unreachable', lastSuccessful: new Date(now).toISOString() },
    quotaExhausted: false,
    plan: null,
    pinAuthorized: false,
    modes: new Map(),
  };
}

/**
 * The control state and its actions. `hooks.expireSessions()` and `hooks.reset(options)` reach the
 * parts that live elsewhere (sessions, stats, data stores).
 */
export function createControl(hooks, clock = () => Date.now()) {
  let state = initialState(clock());

  const actions = {
    'plex-offline': (o) => {
      const seconds = number(o, 'seconds', 20, 0, 86_400);
      state.plex.kind = oneOf(o, 'kind', ['unreachable', 'timeout'], 'unreachable');
      state.plex.offlineUntil = clock() + seconds * 1000;
    },
    'plex-online': () => {
      state.plex.offlineUntil = 0;
    },
    'expire-session': () => ({ expired: hooks.expireSessions() }),
    'exhaust-quota': () => {
      state.quotaExhausted = true;
    },
    'restore-quota': () => {
      state.quotaExhausted = false;
      hooks.restoreQuota?.();
    },
    plan: (o) => {
      state.plan = o.plan === null ? null : oneOf(o, 'plan', PLANS, 'active');
    },
    'authorize-pin': () => {
      state.pinAuthorized = true;
    },
    reset: (o) => {
      state = initialState(clock());
      return hooks.reset({ sessions: o.sessions === true });
    },
  };
  for (const [mode, parse] of Object.entries(MODE_OPTIONS)) {
    actions[mode] = (o) => {
      if (o.enabled === false) state.modes.delete(mode);
      else state.modes.set(mode, { ...parse(o), path: pathOption(o) });
    };
  }

  const matching = (mode, path) => {
    const config = state.modes.get(mode);
    return config && (config.path === undefined || path.startsWith(config.path)) ? config : undefined;
  };

  return {
    /** The action names `POST /__control/<action>` accepts. */
    actions: Object.keys(actions),
    /** Runs an action: `{ ok: true, result }`, or `{ ok: false, message }` for an unknown action or bad options. */
    apply(action, options) {
      // hasOwn: an action name is client text, and "constructor" is on every object.
      if (!Object.hasOwn(actions, action)) return { ok: false, unknown: true, message: `unknown action: ${action}` };
      try {
        return { ok: true, result: actions[action](options) ?? null };
      } catch (error) {
        if (error instanceof OptionError) return { ok: false, message: error.message };
        throw error;
      }
    },
    /** A mode's options when it is on for this path, counting one call off counted modes. */
    take(mode, path) {
      const config = matching(mode, path);
      if (config?.calls !== undefined && --config.calls <= 0) state.modes.delete(mode);
      return config;
    },
    /** Whether Plex is offline at `now`, and how it fails. */
    plex(now = clock()) {
      if (state.plex.offlineUntil <= now) return { offline: false, lastSuccessful: state.plex.lastSuccessful };
      return { offline: true, kind: state.plex.kind, until: state.plex.offlineUntil, lastSuccessful: state.plex.lastSuccessful };
    },
    notePlexSuccess(now = clock()) {
      state.plex.lastSuccessful = new Date(now).toISOString();
    },
    /** The login URL odd-urls mode hands out next: the pinned one, or the list in turn. */
    nextOddUrl() {
      const config = state.modes.get('odd-urls');
      if (!config) return undefined;
      return config.url ?? ODD_LOGIN_URLS[config.next++ % ODD_LOGIN_URLS.length];
    },
    get quotaExhausted() {
      return state.quotaExhausted;
    },
    get planOverride() {
      return state.plan;
    },
    get pinAuthorized() {
      return state.pinAuthorized;
    },
    get oddUrls() {
      return state.modes.has('odd-urls');
    },
    /** The state as `GET /__control` shows it. */
    snapshot(now = clock()) {
      const plex = this.plex(now);
      return {
        plex: { ...plex, until: plex.until && new Date(plex.until).toISOString(), secondsLeft: plex.until && Math.ceil((plex.until - now) / 1000) },
        quotaExhausted: state.quotaExhausted,
        plan: state.plan,
        pinAuthorized: state.pinAuthorized,
        modes: Object.fromEntries(structuredClone(state.modes)),
        actions: this.actions,
      };
    },
  };
}
