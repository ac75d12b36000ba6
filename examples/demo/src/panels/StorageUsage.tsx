import { useQuery } from '@tanstack/react-query';
import { storageQuery } from '../api/queries';

/** "Used X MB of Y MB", as words and a meter. */
export function StorageUsage() {
  const { data } = useQuery(storageQuery);
  if (!data) return <p className="loading">Loading storage…</p>;
  return (
    <>
      <p>
        Used {data.used_mb} MB of {data.limit_mb} MB
      </p>
      <meter className="aek-meter" aria-hidden="true" min={0} max={data.limit_mb} value={Math.min(data.used_mb, data.limit_mb)} high={data.limit_mb * 0.9} />
      <p className="field__hint">
        {data.uploads} {data.uploads === 1 ? 'upload' : 'uploads'} since the server started.
      </p>
    </>
  );
}
