import { ApiErrorBoundary } from 'api-error-kit';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { api } from '../api/client';
import type { Envelope, MediaRequest } from '../api/types';
import { PlexStatusLine } from '../panels/PlexStatusLine';

/** The requests, loaded by the router before the page shows; a failure goes to the route's error slot. */
export async function requestsLoader({ request }: LoaderFunctionArgs): Promise<MediaRequest[]> {
  return (await api<Envelope<MediaRequest[]>>('/medianest/requests', { signal: request.signal })).data;
}

/** The user's media requests, and whether the Plex server is up. */
export function RequestsPage() {
  const requests = useLoaderData<typeof requestsLoader>();
  return (
    <>
      <h1>Your media requests</h1>
      {requests.length === 0 ? (
        <p>You have not requested anything yet.</p>
      ) : (
        <ul aria-label="Requests" className="item-list">
          {requests.map((request) => (
            <li key={request.id}>
              {request.title} <span className="tag">{request.status}</span>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="plex-heading" className="panel">
        <h2 id="plex-heading">Plex server</h2>
        <ApiErrorBoundary headingLevel={3} autoFocus={false}>
          <PlexStatusLine />
        </ApiErrorBoundary>
      </section>
    </>
  );
}
