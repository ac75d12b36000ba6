import { useEffect, useState } from 'react';

/** The current time, refreshed every `refreshMs`, for text like "2 hours ago" or "expires in 5 minutes". */
export function useNow(refreshMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);
  return now;
}
