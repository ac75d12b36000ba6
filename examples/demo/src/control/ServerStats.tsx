import type { ServerStats as Stats } from './controlApi';

/** The server's request totals, by scenario. */
export function ServerStats({ stats }: { stats: Stats }) {
  const scenarios = Object.entries(stats.scenarios).sort(([, a], [, b]) => b - a);
  return (
    <>
      <p>
        {stats.total} {stats.total === 1 ? 'request' : 'requests'} in all; {stats.retryAfter.violations.length} came back sooner than Retry-After allowed.
      </p>
      <table className="stats">
        <caption className="aek-visually-hidden">Requests by scenario</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Requests</th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map(([scenario, count]) => (
            <tr key={scenario}>
              <td>{scenario}</td>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
