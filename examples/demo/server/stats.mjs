// What the clients did: every /api request with its outcome, and whether any came back before
// a 429's Retry-After said it could. Tests read this to prove the kit honours server waits.

const MAX_REQUESTS = 10_000;

/** Request log, counters and Retry-After bookkeeping, all relative to the last reset. */
export function createStats() {
  let since = Date.now();
  let requests = [];
  let dropped = 0;
  let routes = {};
  let scenarios = {};
  // "client route" → epoch ms at which the last Retry-After allowed that client to come back.
  let retryAt = new Map();
  let violations = [];
  // Requests that arrived since the last reset: one still held across a reset is not counted after it.
  let current = new WeakSet();

  const bump = (counts, key) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };

  return {
    /** Notes a request's arrival; checks it against the client's pending Retry-After. */
    begin({ method, path, route, client }, now = Date.now()) {
      const entry = { t: now - since, method, path, route, client, status: undefined, scenario: undefined };
      requests.push(entry);
      current.add(entry);
      if (requests.length > MAX_REQUESTS) {
        requests.shift();
        dropped += 1;
      }
      const allowedAt = retryAt.get(`${client} ${route}`);
      if (allowedAt !== undefined && now < allowedAt) {
        entry.retryAfterViolation = true;
        violations.push({ client, route, path, t: now - since, allowedAt: allowedAt - since, earlyByMs: allowedAt - now });
      }
      return entry;
    },
    /** Records how a request ended (status, scenario, any delay it was given). */
    finish(entry, { status, scenario, delayedMs }, now = Date.now()) {
      entry.status = status;
      entry.scenario = scenario;
      entry.durationMs = now - since - entry.t;
      if (delayedMs) entry.delayedMs = delayedMs;
      if (!current.has(entry)) return;
      routes[entry.route] ??= { total: 0, scenarios: {} };
      routes[entry.route].total += 1;
      bump(routes[entry.route].scenarios, scenario);
      bump(scenarios, scenario);
      if (delayedMs) bump(scenarios, 'slow');
    },
    /** Remembers that `client` was told not to call `route` again before `allowedAt`. */
    noteRetryAt(client, route, allowedAt) {
      retryAt.set(`${client} ${route}`, allowedAt);
    },
    snapshot(now = Date.now()) {
      const pending = [...retryAt]
        .filter(([, at]) => at > now)
        .map(([key, at]) => ({ key, allowedAt: at - since, remainingMs: at - now }));
      return {
        since: new Date(since).toISOString(),
        elapsedMs: now - since,
        total: requests.length + dropped,
        scenarios,
        routes,
        retryAfter: { violations, pending },
        requests,
        droppedRequests: dropped,
      };
    },
    reset(now = Date.now()) {
      since = now;
      requests = [];
      dropped = 0;
      routes = {};
      scenarios = {};
      retryAt = new Map();
      violations = [];
      current = new WeakSet();
    },
  };
}
