import { useQuery } from '@tanstack/react-query';
import { ApiErrorBoundary } from 'api-error-kit';
import { Link } from 'react-router';
import { prospectsQuery } from '../api/queries';

/** The list of prospects, each linking to its page. */
function ProspectList() {
  const { data } = useQuery(prospectsQuery);
  if (!data) return <p className="loading">Loading prospects…</p>;
  return (
    <>
      <ul aria-label="Prospects" className="item-list">
        {data.data.map((prospect) => (
          <li key={prospect.id}>
            <Link to={`/prospects/${encodeURIComponent(prospect.id)}`}>{prospect.companyName}</Link> <span className="tag">{prospect.stage}</span>
          </li>
        ))}
      </ul>
      <p className="field__hint">
        Showing {data.data.length} of {data.total}. <Link to="/prospects/no-such-prospect">Open a prospect that does not exist</Link>
      </p>
    </>
  );
}

/** Prospects, fetched with react-query inside the page's own boundary. */
export function ProspectsPage() {
  return (
    <>
      <h1>Prospects</h1>
      <ApiErrorBoundary>
        <ProspectList />
      </ApiErrorBoundary>
    </>
  );
}
