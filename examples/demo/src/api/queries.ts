import { queryOptions } from '@tanstack/react-query';
import { api } from './client';
import type { Account, ArtworkStorage, Envelope, MediaRequest, PlexStatus, ProspectList, ShortLink, Usage } from './types';

/** GET `path` and unwrap the `{ success, data }` envelope. */
const data = <T>(path: string) => async ({ signal }: { signal: AbortSignal }) => (await api<Envelope<T>>(path, { signal })).data;

/** The user's media requests. */
export const requestsQuery = queryOptions({ queryKey: ['medianest', 'requests'], queryFn: data<MediaRequest[]>('/medianest/requests') });

/** Whether MediaNest can reach the Plex server. */
export const plexStatusQuery = queryOptions({ queryKey: ['medianest', 'plex', 'status'], queryFn: data<PlexStatus>('/medianest/plex/status') });

/** Artwork storage used and allowed. */
export const storageQuery = queryOptions({
  queryKey: ['artwork', 'storage'],
  queryFn: ({ signal }) => api<ArtworkStorage>('/artwork/storage', { signal }),
});

/** The first page of prospects. */
export const prospectsQuery = queryOptions({ queryKey: ['prospects'], queryFn: ({ signal }) => api<ProspectList>('/prospects', { signal }) });

/** The user's short links. */
export const shortLinksQuery = queryOptions({
  queryKey: ['shortener', 'urls'],
  queryFn: data<{ items: ShortLink[]; total: number }>('/shortener/urls'),
});

/** The SaaS account and its plan. */
export const accountQuery = queryOptions({ queryKey: ['saas', 'account'], queryFn: data<Account>('/saas/account') });

/** This month's AI generation usage. */
export const usageQuery = queryOptions({ queryKey: ['saas', 'usage'], queryFn: data<Usage>('/saas/usage') });
