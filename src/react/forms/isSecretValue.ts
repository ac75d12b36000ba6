// A value can give itself away whatever field it was typed into: a pasted token, a key, a card
// number in a field the page calls `number`. Drafts check what they keep by its shape too.

const JWT = /^\s*eyJ[\w-]{8,4096}\.[\w-]{4,8192}\.[\w-]{0,2048}\s*$/;
const PRIVATE_KEY = /-----BEGIN [A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----/;
// 13 to 19 digits in groups, as card numbers are typed; a leading `+` is a phone number.
const CARD_DIGITS = /^\s*\d(?:[ -]?\d){12,18}\s*$/;

/** The Luhn check (ISO/IEC 7812) that every payment card number passes. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** True for a value shaped like a secret: a JSON Web Token, a private key, or a payment card number (13 to 19 digits passing Luhn). */
export function isSecretValue(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 20_000) return false;
  if (JWT.test(value) || PRIVATE_KEY.test(value)) return true;
  return CARD_DIGITS.test(value) && passesLuhn(value.replace(/\D/g, ''));
}
