// The demo server's own control panel: plain fetch, not the kit; these are switches, not the API under test.

/** The totals `GET /__control/stats` reports. */
export interface ServerStats {
  total: number;
  scenarios: Record<string, number>;
  retryAfter: { violations: unknown[] };
}

/** Runs a control action, e.g. `plex-offline` with `{ seconds: 20 }`. */
export async function runControl(action: string, options: Record<string, unknown> = {}): Promise<void> {
  const response = await fetch(`/__control/${action}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(options) });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
}

/** What the server saw since its last reset. */
export async function fetchStats(): Promise<ServerStats> {
  const response = await fetch('/__control/stats');
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return (await response.json()) as ServerStats;
}
