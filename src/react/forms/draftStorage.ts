import { isSecretField, type FieldDescription } from './isSecretField';
import { isSecretValue } from './isSecretValue';

// Drafts live in sessionStorage: they survive a trip to the sign-in page and back in the same
// tab, and go when the tab closes. Secrets are never written: a field the form declares secret
// (type="password", a credential, card or one-time-code `autocomplete`), a field with a secret's
// exact name, and a value shaped like a token, a private key or a card number.
const PREFIX = 'api-error-kit:draft:';
const MAX_DRAFT_CHARS = 100_000;

type DraftValue = string | number | boolean;

/** What a form says about its fields, by name: their input type and autocomplete tokens. */
export type FieldDescriptions = Readonly<Record<string, Omit<FieldDescription, 'name'>>>;

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Storage can be switched off (privacy settings); drafts are then simply not kept.
    return undefined;
  }
}

/** True when `field` may be kept: not secret by what it is, nor by its name. */
function keepable(field: string, fields: FieldDescriptions | undefined): boolean {
  const described = fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
  return !isSecretField({ ...described, name: field });
}

/**
 * Keeps the fields of `values` that are not secret, for `key`; strings, numbers and booleans only.
 * `fields` says what each field is (`{ cvc: { autocomplete: 'cc-csc' } }`, or `describeFormFields(form)`).
 */
export function saveDraft(key: string, values: Readonly<Record<string, unknown>>, fields?: FieldDescriptions): void {
  const kept: Record<string, DraftValue> = {};
  for (const [field, value] of Object.entries(values)) {
    if (!keepable(field, fields) || isSecretValue(value)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') kept[field] = value;
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
export function readDraft<Values extends Record<string, unknown>>(key: string, initial: Values, fields?: FieldDescriptions): Values | undefined {
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
    if (!keepable(field, fields) || !Object.hasOwn(parsed, field)) continue;
    const value: unknown = (parsed as Record<string, unknown>)[field];
    if (typeof value === typeof initial[field] && !isSecretValue(value)) {
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
