// What makes a form field secret is what the field is, as the page declares it: an input of type
// password, or an `autocomplete` token for a credential, a payment card or a one-time code (HTML
// Living Standard, "Autofill"). A name says so only when it is exactly a secret's name: fragments
// (`pass`, `card`, `pin`) also make `passenger`, `cardigan` and `spinner`, whose values were then
// lost, while `cc-number` or `seedPhrase` slipped through.

/** What a form says about one of its fields: its name, and where known its input type and autocomplete tokens. */
export interface FieldDescription {
  /** The field's name or path (`password`, `payment.cardNumber`). */
  name: string;
  /** The input's `type` (`password`, `email`, `text`). */
  type?: string | undefined;
  /** The input's `autocomplete` attribute (`current-password`, `cc-number`, `section-x shipping one-time-code`). */
  autocomplete?: string | undefined;
}

// Autofill field names whose values are credentials, card details or one-time codes.
const SECRET_AUTOCOMPLETE: ReadonlySet<string> = new Set([
  'current-password',
  'new-password',
  'one-time-code',
  'cc-number',
  'cc-csc',
  'cc-exp',
  'cc-exp-month',
  'cc-exp-year',
  'webauthn',
]);

// Names that are a secret's whole name, compared without case, separators or a trailing number
// (`new_password`, `cardNumber`, `otp2` all match; `passenger`, `compass`, `cardigan` never do).
const SECRET_NAMES: ReadonlySet<string> = new Set(
  [
    'password', 'passwd', 'pwd', 'passphrase', 'passcode', 'currentpassword', 'oldpassword', 'newpassword', 'confirmpassword',
    'passwordconfirmation', 'passwordconfirm', 'repeatpassword', 'password1', 'password2',
    'secret', 'clientsecret', 'apisecret', 'secretkey', 'privatekey', 'apikey', 'accesskey', 'accesskeyid', 'secretaccesskey',
    'token', 'accesstoken', 'refreshtoken', 'idtoken', 'authtoken', 'bearertoken', 'sessiontoken', 'csrftoken', 'jwt',
    'seedphrase', 'mnemonic', 'mnemonicphrase', 'recoveryphrase', 'recoverycode', 'recoverycodes', 'backupcode', 'backupcodes', 'recoverykey',
    'pin', 'pincode', 'otp', 'totp', 'hotp', 'onetimecode', 'onetimepassword', 'mfacode', 'twofactorcode', '2facode', 'verificationcode', 'authcode', 'smscode',
    'ccnumber', 'cardnumber', 'creditcard', 'creditcardnumber', 'debitcardnumber', 'pan', 'cardno',
    'cvc', 'cvv', 'cvv2', 'cvc2', 'csc', 'securitycode', 'cardcvc', 'cardcvv', 'cardsecuritycode', 'cardverificationcode',
    'ccexp', 'ccexpiry', 'cardexpiry', 'cardexpirydate', 'cardexp',
    'ssn', 'socialsecuritynumber', 'taxid', 'nationalid',
  ],
);

/** A name as compared against SECRET_NAMES: its last path segment, lower case, no separators or trailing digits. */
function bareName(name: string): string {
  const last = name.slice(0, 256).split(/[.[\]]/).filter(Boolean).pop() ?? '';
  return last.toLowerCase().replace(/[\s_-]+/g, '');
}

/** True when `autocomplete` (a list of tokens) ends in a secret field name. */
function secretAutocomplete(autocomplete: string | undefined): boolean {
  if (typeof autocomplete !== 'string') return false;
  const tokens = autocomplete.slice(0, 256).toLowerCase().trim().split(/\s+/);
  return tokens.some((token) => SECRET_AUTOCOMPLETE.has(token));
}

/**
 * True for a form field whose value is a secret (a password, a card number or code, a one-time
 * code, a key, a token, a recovery phrase): it is never stored in a draft nor echoed back from a
 * response. Given a name alone, only a secret's exact name counts; given the input's `type` and
 * `autocomplete`, those decide first.
 */
export function isSecretField(field: string | FieldDescription): boolean {
  const description = typeof field === 'string' ? { name: field } : field;
  if (typeof description !== 'object' || description === null) return false;
  if (typeof description.type === 'string' && description.type.toLowerCase() === 'password') return true;
  if (secretAutocomplete(description.autocomplete)) return true;
  if (typeof description.name !== 'string') return false;
  const bare = bareName(description.name);
  return SECRET_NAMES.has(bare) || SECRET_NAMES.has(bare.replace(/\d+$/, ''));
}
