// The five seed documents' example bodies, as extracted into fixtures/seed-examples.json.
// Every error this server sends starts from one of these when the seed documents a fitting one,
// so the demo exercises the exact wire shapes the kit's tests are built on.
import { readFileSync } from 'node:fs';

const EXAMPLES = JSON.parse(readFileSync(new URL('../../../fixtures/seed-examples.json', import.meta.url), 'utf8'));

// Seed 001 has no code: its sentence is the identifier, so it doubles as the lookup key.
function codeOf(body) {
  if (typeof body?.error === 'string') return body.error;
  return body?.error?.code ?? body?.error_code ?? body?.detail;
}

function messageOf(body) {
  return body?.error?.message ?? body?.message ?? body?.error_message ?? body?.detail ?? '';
}

/**
 * A fresh copy of one documented example: `seed` ("000"–"004"), its code (seed 001: its sentence),
 * and optionally the status and a message prefix to choose among several examples of one code.
 * Throws at import time of the caller when the fixture no longer documents it, so drift is loud.
 */
export function seedExample(seed, code, { status, message = '' } = {}) {
  const found = EXAMPLES.find(
    (example) =>
      example.seed === seed &&
      example.status !== undefined &&
      codeOf(example.body) === code &&
      (status === undefined || example.status === status) &&
      String(messageOf(example.body)).startsWith(message),
  );
  if (!found) throw new Error(`seed ${seed} documents no example for ${code} ${status ?? ''} ${message}`.trim());
  return { status: found.status, headers: { ...found.headers }, body: structuredClone(found.body) };
}

/** The body alone of {@link seedExample}, for routes that only vary a detail or two. */
export function seedBody(seed, code, options) {
  return seedExample(seed, code, options).body;
}

/** Seed 001's placeholder sentences ("Used X MB of Y MB.") with the live numbers filled in. */
export function fillPlaceholders(sentence, values) {
  return sentence.replace(/\b([XY])\b/g, (placeholder) => String(values[placeholder] ?? placeholder));
}
