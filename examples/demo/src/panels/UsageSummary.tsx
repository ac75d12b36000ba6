import { useQuery } from '@tanstack/react-query';
import { usageQuery } from '../api/queries';

/** "N of M used" for the metered feature. */
export function UsageSummary() {
  const { data } = useQuery(usageQuery);
  if (!data) return <p className="loading">Loading usage…</p>;
  return (
    <p>
      {data.used} of {data.limit} used <span className="field__hint">({data.feature.replace(/_/g, ' ')}, {data.period})</span>
    </p>
  );
}
