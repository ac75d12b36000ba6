import { isSecretField } from '../../core/isSecretField';

// Drafts live in sessionStorage: they survive a trip to the sign-in page and back in the same
// tab, and go when the tab closes. Secrets (passwords, card numbers) are never written.
const PREFIX = 'api-error-kit:draft:';
const MAX_DRAFT_CHARS = 100_000;

type DraftValue = string | number | boolean;

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Storage can be switched off (privacy settings); drafts are then simply not kept.
    return undefined;
  }
}

/** Keeps the non-secret fields of `values` for `key`; strings, numbers and booleans only. */
export function saveDraft(key: string, values: Readonly<Record<string, unknown>>): void {
  const kept: Record<string, DraftValue> = {};
  for (const [field, value] of Object.entries(values)) {
    if (!isSecretField(field) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) kept[field] = value;
  }
  const text = JSON.stringify(kept);
  try {
    if (text.length <= MAX_DRAFT_CHARS) storage()?.setItem(PREFIX + key, text);
  } catch {
    // A full or refusing storage loses the draft, never the form.
  }
}

/**
 * The draft kept for `key`, laid over `initial`: only fields `initial` has, with the type it
 * gives them, so a stale or tampered draft cannot put anything else into the form.
 */
export function readDraft<Values extends Record<string, unknown>>(key: string, initial: Values): Values | undefined {
  let parsed: unknown;
  try {
    const text = storage()?.getItem(PREFIX + key);
    if (!text || text.length > MAX_DRAFT_CHARS) return undefined;
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const restored: Record<string, unknown> = { ...initial };
  let found = false;
  for (const field of Object.keys(initial)) {
    if (isSecretField(field) || !Object.hasOwn(parsed, field)) continue;
    const value: unknown = (parsed as Record<string, unknown>)[field];
    if (typeof value === typeof initial[field]) {
      restored[field] = value;
      found = true;
    }
  }
  return found ? (restored as Values) : undefined;
}

/** Forgets the draft for `key` (after a successful submit). */
export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to forget.
  }
}
