import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { api } from '../api/client';
import { linkHref } from '../api/links';
import type { Prospect } from '../api/types';
import { notFoundLinkingTo } from './notFound';

/** The prospect, loaded by the router; a 404 goes to the route's error slot. */
export async function prospectLoader({ params, request }: LoaderFunctionArgs): Promise<Prospect> {
  return (await api<{ data: Prospect }>(`/prospects/${encodeURIComponent(params['id'] ?? '')}`, { signal: request.signal })).data;
}

/** The prospect page's error slot shows NotFound with this way back. */
export const PROSPECT_NOT_FOUND = notFoundLinkingTo('/prospects', 'Back to prospects');

/** One prospect's details. */
export function ProspectPage() {
  const prospect = useLoaderData<typeof prospectLoader>();
  // A URL from a response becomes a link only if it is http(s).
  const website = linkHref(prospect.website);
  return (
    <>
      <h1>{prospect.companyName}</h1>
      <dl className="facts">
        <dt>Stage</dt>
        <dd>{prospect.stage}</dd>
        <dt>Email</dt>
        <dd>{prospect.email}</dd>
        {website && (
          <>
            <dt>Website</dt>
            <dd>
              <a href={website}>{prospect.website}</a>
            </dd>
          </>
        )}
      </dl>
      <p>
        <Link to="/prospects">Back to prospects</Link>
      </p>
    </>
  );
}
