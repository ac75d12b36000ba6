// PostgREST (and Supabase's REST API over it): {code: "23505", details, hint, message}, where the
// code is PostgreSQL's SQLSTATE or PostgREST's own (PGRST301).
import { get, isRecord, text } from '../internal/read';
import type { Dialect } from '../normalize/WireError';
import { defineDialect } from './defineDialect';

// The SQLSTATEs a request can cause, by the names the registry knows them by.
const SQLSTATE: Readonly<Record<string, string>> = {
  '23505': 'UNIQUE_VIOLATION',
  '23502': 'NOT_NULL_VIOLATION',
  '42501': 'INSUFFICIENT_PRIVILEGE',
};

/** Reads PostgREST's error body; a database's words are never shown, its SQLSTATE says what happened. */
export const postgrest: Dialect = /* @__PURE__ */ defineDialect({ members: ['hint'] }, (body) => {
  const code = isRecord(body) && 'details' in body ? text(body, 'code') : undefined;
  if (!code || !/^(?:[0-9A-Z]{5}|PGRST\d{3})$/.test(code)) return undefined;
  const named = get(SQLSTATE, code);
  return { dialect: 'postgrest', code, specificCodes: typeof named === 'string' ? [named] : undefined, message: text(body, 'message') };
});
