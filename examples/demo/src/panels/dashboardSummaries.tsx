import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { plexStatusQuery, prospectsQuery, requestsQuery, shortLinksQuery, usageQuery } from '../api/queries';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line from one query: "Loading…" until it answers; a failure goes to the panel's boundary. */
function SummaryLine<T, Key extends QueryKey>({ query, describe }: { query: UseQueryOptions<T, Error, T, Key>; describe: (data: T) => string }) {
  const { data } = useQuery(query);
  return data === undefined ? <p className="loading">Loading…</p> : <p>{describe(data)}</p>;
}

/** "3 requests". */
export function RequestsSummary() {
  return <SummaryLine query={requestsQuery} describe={(requests) => count(requests.length, 'request', 'requests')} />;
}

/** "Plex is online (Basement Plex)". */
export function PlexSummary() {
  return <SummaryLine query={plexStatusQuery} describe={(plex) => (plex.online ? `Plex is online${plex.name ? ` (${plex.name})` : ''}` : 'Plex is offline')} />;
}

/** "5 prospects". */
export function ProspectsSummary() {
  return <SummaryLine query={prospectsQuery} describe={(page) => count(page.total, 'prospect', 'prospects')} />;
}

/** "3 short links". */
export function ShortLinksSummary() {
  return <SummaryLine query={shortLinksQuery} describe={(links) => count(links.total, 'short link', 'short links')} />;
}

/** "37 of 100 used". */
export function UsageLine() {
  return <SummaryLine query={usageQuery} describe={(usage) => `${usage.used} of ${usage.limit} used`} />;
}
