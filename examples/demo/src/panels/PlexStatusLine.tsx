import { useQuery } from '@tanstack/react-query';
import { plexStatusQuery } from '../api/queries';

/** Whether Plex is online, and its server's name; a failure goes to the nearest boundary. */
export function PlexStatusLine() {
  const { data } = useQuery(plexStatusQuery);
  if (!data) return <p className="loading">Checking the Plex server…</p>;
  if (!data.online) return <p>Plex is offline</p>;
  return (
    <>
      <p>Plex is online</p>
      {data.name && <p className="field__hint">Server: {[data.name, data.version && `version ${data.version}`].filter(Boolean).join(', ')}</p>}
    </>
  );
}
