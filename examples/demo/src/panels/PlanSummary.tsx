import { useQuery } from '@tanstack/react-query';
import { accountQuery } from '../api/queries';

/** The account's plan, seats and renewal date. */
export function PlanSummary() {
  const { data } = useQuery(accountQuery);
  if (!data) return <p className="loading">Loading your plan…</p>;
  return (
    <dl className="facts">
      <dt>Plan</dt>
      <dd>{data.plan}</dd>
      <dt>Seats</dt>
      <dd>
        {data.seats.used} of {data.seats.total} used
      </dd>
      <dt>Renews</dt>
      <dd>
        <time dateTime={data.renews_at}>{new Date(data.renews_at).toLocaleDateString('en-GB', { dateStyle: 'long' })}</time>
      </dd>
    </dl>
  );
}
