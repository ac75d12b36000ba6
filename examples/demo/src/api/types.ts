/** The `{ success, data }` envelope of the MediaNest, shortener and SaaS APIs. */
export interface Envelope<T> {
  success: true;
  data: T;
}

/** A MediaNest media request. */
export interface MediaRequest {
  id: string;
  title: string;
  mediaType: 'movie' | 'tv';
  status: string;
}

/** MediaNest's view of the Plex server. */
export interface PlexStatus {
  online: boolean;
  name?: string;
  version?: string;
}

/** The artwork API's storage usage. */
export interface ArtworkStorage {
  used_mb: number;
  limit_mb: number;
  uploads: number;
}

/** A sales prospect. */
export interface Prospect {
  id: string;
  companyName: string;
  email: string;
  stage: string;
  website?: string;
}

/** One page of prospects. */
export interface ProspectList {
  data: Prospect[];
  total: number;
}

/** A short link. */
export interface ShortLink {
  short_code: string;
  short_url: string;
  original_url: string;
}

/** The SaaS account and its plan. */
export interface Account {
  email: string;
  plan: string;
  seats: { used: number; total: number };
  renews_at: string;
}

/** This month's use of a metered SaaS feature. */
export interface Usage {
  feature: string;
  limit: number;
  used: number;
  period: string;
}

/** Who is signed in. */
export interface Session {
  email: string;
  plan: string;
}
