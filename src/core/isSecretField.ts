// Field names whose values are secrets: never echoed back from a response, never kept in a draft.
const SECRET_FIELD = /pass(?:word)?|secret|token|card|cvc|cvv|ssn|api.?key|(?:^|[._-])(?:pin|otp)(?:$|[._-])/i;

/** True for a form field whose value is a secret (a password, a card number, a token): it is never stored or shown again. */
export function isSecretField(field: string): boolean {
  return SECRET_FIELD.test(field.slice(0, 256));
}
