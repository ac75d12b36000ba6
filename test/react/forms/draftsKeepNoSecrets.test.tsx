import { fc, test } from '@fast-check/vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { isSecretField } from '../../../src/react/forms/isSecretField';
import { readDraft, saveDraft } from '../../../src/react/forms/draftStorage';
import { useFormDraft } from '../../../src/react/forms/useFormDraft';

const KEY = 'checkout';

/** What sessionStorage holds for the draft, as the page would find it after a reload. */
function stored(): Record<string, unknown> {
  return JSON.parse(sessionStorage.getItem(`api-error-kit:draft:${KEY}`) ?? '{}') as Record<string, unknown>;
}

// Secrets by their exact names, as forms name them.
const SECRET_NAMES = [
  'password', 'newPassword', 'current_password', 'passwordConfirmation', 'confirm-password', 'passcode',
  'cardNumber', 'card_number', 'cc-number', 'creditCardNumber', 'cvc', 'cvv', 'CVV2', 'securityCode', 'cardCvc',
  'otp', 'oneTimeCode', 'one_time_code', 'totp', 'verificationCode', 'mfaCode', 'pin', 'pinCode', 'PIN',
  'privateKey', 'private_key', 'seedPhrase', 'mnemonic', 'recoveryPhrase', 'recoveryCodes', 'jwt', 'accessToken',
  'refresh_token', 'apiKey', 'api_key', 'clientSecret', 'secret', 'ssn', 'payment.cardNumber', 'user.password',
];

// Ordinary fields whose names hold a secret's letters: what the user typed there must survive.
const ORDINARY_NAMES = [
  'passenger', 'passengerName', 'passengers.0.name', 'cardigan', 'compass', 'compassHeading', 'bypass', 'passport',
  'secretary', 'discard', 'postcard', 'cardinality', 'spinner', 'opinion', 'pinned', 'keyboard', 'monkey', 'tokenizer',
  'email', 'name', 'handle', 'address.city', 'notes', 'passwordHint', 'cardHolderName', 'pinColor', 'shipping.postCode',
];

// Fields the form itself declares secret, whatever they are called.
const DECLARED_SECRET = [
  { name: 'entry', type: 'password' },
  { name: 'field3', type: 'PASSWORD' },
  { name: 'code', autocomplete: 'one-time-code' },
  { name: 'number', autocomplete: 'cc-number' },
  { name: 'security', autocomplete: 'cc-csc' },
  { name: 'expires', autocomplete: 'cc-exp' },
  { name: 'pw', autocomplete: 'current-password' },
  { name: 'pw2', autocomplete: 'new-password' },
  { name: 'n', autocomplete: 'section-pay billing cc-number' },
  { name: 'month', autocomplete: 'cc-exp-month' },
];

// Values that give themselves away, typed into fields with ordinary names.
const SECRET_VALUES = [
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  '4242 4242 4242 4242',
  '4000-0566-5566-5556',
  '378282246310005',
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----',
];

describe('drafts decide by what a field is', () => {
  it.each(SECRET_NAMES)('never keeps %s, a secret by its exact name', (name) => {
    saveDraft(KEY, { [name]: 'typed-value-1', email: 'ada@example.com' });
    expect(stored()).toEqual({ email: 'ada@example.com' });
    expect(isSecretField(name)).toBe(true);
  });

  it.each(ORDINARY_NAMES)('keeps %s, whose name only contains a secret’s letters', (name) => {
    saveDraft(KEY, { [name]: 'What I typed' });
    expect(stored()).toEqual({ [name]: 'What I typed' });
    expect(readDraft(KEY, { [name]: '' })).toEqual({ [name]: 'What I typed' });
  });

  it.each(DECLARED_SECRET)('never keeps a field the form declares secret: %o', ({ name, ...described }) => {
    saveDraft(KEY, { [name]: 'typed-value-1', city: 'Leeds' }, { [name]: described });
    expect(stored()).toEqual({ city: 'Leeds' });
  });

  it.each(SECRET_VALUES)('never keeps a value shaped like a secret (%s), whatever the field is called', (value) => {
    saveDraft(KEY, { notes: value, city: 'Leeds' });
    expect(stored()).toEqual({ city: 'Leeds' });
  });

  it('keeps a phone number, a date and a short number', () => {
    const values = { phone: '+44 20 7946 0958', born: '1990-05-17', seats: '4', order: '1234567890' };
    saveDraft(KEY, values);
    expect(stored()).toEqual(values);
  });

  it('never restores a secret that an older version of the page stored', () => {
    sessionStorage.setItem(`api-error-kit:draft:${KEY}`, JSON.stringify({ cvc: '123', cardigan: 'blue', code: '998877' }));
    expect(readDraft(KEY, { cvc: '', cardigan: '', code: '' }, { code: { autocomplete: 'one-time-code' } })).toEqual({ cvc: '', cardigan: 'blue', code: '' });
  });

  test.prop([fc.constantFrom(...DECLARED_SECRET), fc.string({ minLength: 1, maxLength: 30 })])('a field the form declares secret is never kept, whatever its name', (declared, name) => {
    const { name: _ignored, ...described } = declared;
    sessionStorage.clear();
    saveDraft(KEY, { [name]: 'hunter2' }, { [name]: described });
    expect(Object.values(stored())).not.toContain('hunter2');
  });

  // Names made of ordinary words (each of which may contain a secret's letters) are kept whole.
  const WORDS = ['passenger', 'card', 'compass', 'key', 'pin', 'pass', 'token', 'secret', 'code', 'name', 'home', 'city', 'holder', 'color', 'board', 'by', 'post'];
  test.prop([fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 3 }), fc.constantFrom('', '_', '-', '.')])(
    'a name of two or three ordinary words is kept unless the words spell a secret’s whole name',
    (words, separator) => {
      const name = words.join(separator);
      sessionStorage.clear();
      saveDraft(KEY, { [name]: 'kept' });
      expect(Object.hasOwn(stored(), name)).toBe(!isSecretField(name));
      // The only names of these words that are secrets are the ones a person would call secret: a
      // path's last segment (`passenger.token`) or words that spell a secret's whole name (`pin_code`).
      const bare = separator === '.' ? (words.at(-1) ?? '') : words.join('');
      expect(isSecretField(name)).toBe(['token', 'secret', 'pin', 'passcode', 'pincode', 'secretkey'].includes(bare));
    },
  );
});

function Checkout() {
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useFormDraft(KEY, { holder: '', number: '', security: '', passenger: '' }, { form });
  return (
    <form ref={form}>
      {(['holder', 'number', 'security', 'passenger'] as const).map((name) => (
        <label key={name}>
          {name}
          <input
            name={name}
            autoComplete={name === 'number' ? 'cc-number' : name === 'security' ? 'cc-csc' : undefined}
            value={values[name]}
            onChange={(event) => setValues((previous) => ({ ...previous, [name]: event.target.value }))}
          />
        </label>
      ))}
    </form>
  );
}

describe('useFormDraft reads what each field is from the form', () => {
  it('keeps the card holder and the passenger, never the card number or its security code', async () => {
    const user = userEvent.setup();
    render(<Checkout />);
    await user.type(screen.getByLabelText('holder'), 'Ada Lovelace');
    await user.type(screen.getByLabelText('number'), '4111111111111111');
    await user.type(screen.getByLabelText('security'), '737');
    await user.type(screen.getByLabelText('passenger'), 'Charles Babbage');
    expect(stored()).toEqual({ holder: 'Ada Lovelace', passenger: 'Charles Babbage' });
  });
});
