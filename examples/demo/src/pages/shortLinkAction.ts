import type { ActionFunctionArgs } from 'react-router';
import { postJson } from '../api/client';
import type { Envelope, ShortLink } from '../api/types';

/** What the short-link action hands its page: the new link, or why it failed (and when, to refocus the summary). */
export type ShortLinkResult = { link: ShortLink; error?: undefined; submittedAt?: undefined } | { error: unknown; submittedAt: number; link?: undefined };

/** Creates a short link from the form; a failure is returned to the form, never thrown to the error slot. */
export async function shortLinkAction({ request }: ActionFunctionArgs): Promise<ShortLinkResult> {
  const form = await request.formData();
  const customCode = String(form.get('custom_code') ?? '').trim();
  const body = { url: String(form.get('url') ?? ''), ...(customCode ? { custom_code: customCode } : {}) };
  try {
    const answer = await postJson<Envelope<ShortLink>>('/shortener/urls', body);
    return { link: answer.data };
  } catch (error) {
    return { error, submittedAt: Date.now() };
  }
}
