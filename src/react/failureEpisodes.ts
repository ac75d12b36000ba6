// Failure episodes of fallbacks shown outside a boundary (a router's error slot): the slot may
// unmount and mount again on every retry, so its count of automatic retries lives here, by key,
// and the backoff keeps growing and stops at the cap however the router renders it.

interface Episode {
  automaticRetries: number;
  lastFailureAt: number;
}

// With no failure for this long, the next one starts a new episode (longer than the longest
// backoff step, so an episode in progress is never mistaken for a new one).
const EPISODE_ENDS_AFTER_MS = 120_000;
const MAX_EPISODES = 100;
const episodes = new Map<string, Episode>();

/** The episode `key` is in, begun afresh when it has been quiet long enough; a failure is noted now. */
export function currentEpisode(key: string, now: number = Date.now()): Episode {
  const known = episodes.get(key);
  const episode = known && now - known.lastFailureAt < EPISODE_ENDS_AFTER_MS ? known : { automaticRetries: 0, lastFailureAt: now };
  episode.lastFailureAt = now;
  episodes.delete(key);
  episodes.set(key, episode);
  // The oldest go first: a map that never shrinks would be a leak on a long-lived page.
  while (episodes.size > MAX_EPISODES) episodes.delete(episodes.keys().next().value ?? '');
  return episode;
}

/** Ends `key`'s episode: a person asked to try again, so the schedule starts over if it fails. */
export function endEpisode(key: string): void {
  episodes.delete(key);
}
