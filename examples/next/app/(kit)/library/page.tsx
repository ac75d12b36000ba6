import { toPlainError } from 'api-error-kit/core';
import { kit } from '../../../lib/kit';
import { serverApi } from '../../../lib/serverApi';
import { RouteError } from '../RouteError';

interface Library {
  key: string;
  title: string;
  count: number;
}

// A server component that catches its own failure and hands the browser a plain copy: the
// sign-in prompt for a 401, the countdown for a 429, "reconnecting" for the Plex server down.
export default async function LibraryPage() {
  let libraries: Library[];
  try {
    libraries = (await serverApi<{ data: Library[] }>('/api/medianest/plex/libraries')).data;
  } catch (error) {
    // redirect() and notFound() go on to Next.js; a failure becomes plain data, nothing secret in it.
    return <RouteError error={toPlainError(error, kit)} />;
  }
  return (
    <>
      <h1>Library</h1>
      <ul aria-label="Libraries">
        {libraries.map((library) => (
          <li key={library.key}>
            {library.title}: {library.count}
          </li>
        ))}
      </ul>
    </>
  );
}
