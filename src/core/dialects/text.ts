// Bodies that are not JSON: a proxy's HTML error page (nginx, Cloudflare, a load balancer),
// plain text from a framework or server, or nothing at all.
import type { Dialect } from '../normalize/WireError';
import { THROTTLED_SENTENCE } from './throttledSentence';
import { defineDialect } from './defineDialect';

const HTML = /^\s*(<!doctype html|<html|<head|<body|<\?xml|<[a-z][\w-]*[\s>])/i;
// A body that starts like JSON reached this reader only because it did not parse (cut off by a
// proxy or a crashed server): its text is markup, not a sentence for a person.
const JSON_START = /^\s*[[{]/;

/** Reads a string body; HTML and JSON that did not parse are recognised and never used as a message. */
export const textBody: Dialect = /* @__PURE__ */ defineDialect({ matchers: THROTTLED_SENTENCE }, (body, contentType) => {
  if (typeof body !== 'string') return undefined;
  // Only the start is looked at, so a 5 MB page costs no more than a small one.
  const head = body.slice(0, 4096);
  if (!head.trim()) return { dialect: 'empty' };
  if (contentType.includes('html') || HTML.test(head)) {
    const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(head)?.[1]?.trim();
    return { dialect: 'html', details: title ? { pageTitle: title } : undefined };
  }
  if (JSON_START.test(head)) return { dialect: 'malformed-json' };
  return { dialect: 'text', message: head.trim().slice(0, 500) };
});
