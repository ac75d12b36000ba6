// XML error documents: Amazon S3's <Error><Code>NoSuchKey</Code><Message>…</Message></Error>, and
// the same pair inside other roots (Twilio's <TwilioResponse><RestException>).
import type { Dialect } from '../normalize/WireError';
import { defineDialect } from './defineDialect';

const XML = /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?<(?:Error|ErrorResponse|TwilioResponse|RestException)\b/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of the first `<name>` element in `xml`, entities decoded, or undefined. */
function element(xml: string, name: string): string | undefined {
  const found = new RegExp(`<${name}>([^<]{1,500})</${name}>`).exec(xml)?.[1];
  return found?.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ENTITIES[entity] ?? '').trim() || undefined;
}

/** Reads an XML error document's `Code` and `Message`. */
export const xmlError: Dialect = /* @__PURE__ */ defineDialect({}, (body) => {
  if (typeof body !== 'string') return undefined;
  // Only the start is looked at: a real error document is short.
  const head = body.slice(0, 4096);
  if (!XML.test(head)) return undefined;
  const code = element(head, 'Code');
  const message = element(head, 'Message');
  if (!code && !message) return undefined;
  return { dialect: 'xml', code, message, correlationId: element(head, 'RequestId') };
});
