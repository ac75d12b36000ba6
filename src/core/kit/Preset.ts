import type { Message } from '../messages/Message';
import type { Dialect } from '../normalize/WireError';
import type { CodeEntry } from '../registry/CodeEntry';
import type { SentenceMatcher } from '../registry/sentenceMatchers';
import type { FactList } from '../screen/standardFacts';

/**
 * What a kit knows of one product API, in one piece: its wire format, its codes, the sentences
 * it sends without a code, the fallbacks and words its codes need, and the hosts its links may
 * go to. `createErrorKit({ presets: [acme] })`.
 */
export interface Preset<Fallback = unknown> {
  /** The API's name (`acme`). */
  readonly name: string;
  /** Its wire format, tried before the kit's other dialects. */
  readonly dialects?: readonly Dialect[];
  /** Its own codes. */
  readonly codes?: Readonly<Record<string, CodeEntry>>;
  /** Codes for the sentences it sends without one. */
  readonly matchers?: readonly SentenceMatcher[];
  /** Fallbacks its codes name (`{ 'invoice-locked': InvoiceLocked }`). */
  readonly fallbacks?: Readonly<Record<string, Fallback>>;
  /** The words of its codes and fallbacks, in every locale the kit ships. */
  readonly words?: Readonly<Record<string, Readonly<Record<string, Message>>>>;
  /** What its fallbacks may show from an error's details (their allow-lists): what a plain copy of an error keeps. */
  readonly facts?: readonly FactList[];
  /** Hosts its responses may link to (`pay.acme.example`). */
  readonly linkHosts?: readonly string[];
}
