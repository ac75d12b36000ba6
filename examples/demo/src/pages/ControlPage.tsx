import { useQuery } from '@tanstack/react-query';
import { ControlActions } from '../control/ControlActions';
import { fetchStats } from '../control/controlApi';
import { ServerStats } from '../control/ServerStats';

/** The demo server's switches, and what it has seen. */
export function ControlPage() {
  // The demo's own panel, not the API under test: its failures stay here, never in a boundary.
  const stats = useQuery({ queryKey: ['control', 'stats'], queryFn: fetchStats, throwOnError: false, retry: false });
  const refresh = () => void stats.refetch();
  return (
    <>
      <h1>Control panel</h1>
      <p className="lead">Switch the demo server into a failure, then open a page to see how it is shown.</p>
      <ControlActions onDone={refresh} />
      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading">Requests the server saw</h2>
        {stats.data ? <ServerStats stats={stats.data} /> : <p>{stats.isError ? `Could not read the counts: ${stats.error.message}` : 'Loading counts…'}</p>}
        <button type="button" className="aek-button aek-button--secondary" onClick={refresh}>
          Refresh counts
        </button>
      </section>
    </>
  );
}
