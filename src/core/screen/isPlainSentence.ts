import { foldText } from './foldText';

// A positive test: a server's sentence is shown only when it reads as plain prose, judged on its
// folded form. No list of secrets can name every secret; prose has a shape, and what is not in
// that shape (a path, a key, a host, a query, a stack frame, markup, an identifier) is never
// shown: the registry's words are. Every rule is a bounded pattern over a bounded text.

/** The longest server sentence shown as it is; a longer one gives way to the registry's words. */
export const MAX_SENTENCE_CHARS = 300;

// Characters prose is written with: letters, marks, digits, spaces, and the punctuation of
// sentences in the kit's scripts. Not `= < [ ] { } \ | ^ ~` or a control character or a line
// break: those belong to code, markup, queries and logs. (`>` only as a menu path's separator,
// `$` only before an amount, `*` only on its own: checked word by word below.)
const PROSE_CHARACTERS = /^[\p{L}\p{M}\p{N} .,;:!?'"`’‘“”«»()\-–—−×/&%+#@…¿¡°$*>、。・「」『』（）【】，：；！？،؛؟·€£¥₹_]*$/u;
// Scripts written without spaces between words.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
// Scripts with letters that look like Latin ones: a word may not mix them with Latin.
const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;
const MARK_ON_ALPHABET = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]\p{M}/u;

// Runs of Latin letters, digits and joiners inside a word, each judged on its own.
const RUN = /[A-Za-z0-9_.:@/#%+$*-]+/g;
// Labels only an internal resolver knows, and source files' extensions: neither ends a public name.
const INTERNAL_LABEL = /^(?:internal|local|localdomain|localhost|lan|corp|intranet|svc|cluster|consul|home|private|test|invalid|example)$/i;
const SOURCE_EXTENSION = /^(?:[cm]?[jt]sx?|py[cw]?|rb|php|java|class|jar|go|cs|exs?|erl|kt|scala|swift|rs|c|cc|cpp|hp?p?|pl|pm|lua|sh|bash|ps1|sql|env|ini|conf|cfg|ya?ml|toml|json|xml|log|lock|pem|key|crt|p12|pfx|db|sqlite3?|dll|so|dylib|exe|bin|dump|bak|tmp|swp)$/i;
// Words prose never needs but traces and logs do.
const DEBUG_WORD = /^(?:traceback|goroutine|stacktrace|backtrace|nullpointerexception|segfault|sig(?:segv|abrt)|errno|sqlstate|std(?:err|out)|xdebug|e(?:acces|addrinuse|conn(?:refused|reset)|exist|isdir|mfile|no(?:ent|tdir|tempty|tfound)|perm|pipe|timedout|hostunreach|ai_again))$/i;
// What database drivers say, in prose that names their tables, columns and constraints.
const DATABASE_PHRASE = /\bviolates (?:unique|foreign key|not-null|check|exclusion) constraint\b|\brelation "|\bcolumn "[^"]{1,64}" (?:does not exist|of relation)\b|\btransaction is aborted\b|\bduplicate key value\b|\bdeadlock detected\b/i;
// What runtimes say of a failed connection or call, in words that read as prose (Go, Node).
const RUNTIME_PHRASE = /\bcontext (?:deadline exceeded|canceled)\b|\bi\/o timeout\b|\bbroken pipe\b|\bconnection reset by peer\b|\bno such host\b|\buse of closed network connection\b|\bunexpected EOF\b|\bsocket hang up\b/i;
// SQL by its grammar: a keyword followed by what it takes (`SELECT a FROM t`, `insert into t (`).
// "Select a date from the calendar" is prose: a lower-case select is SQL only with its clauses.
const SQL_GRAMMAR = /\bSELECT\s+[^;]{1,80}?\s+FROM\s|\bUPDATE\s+\S{1,64}\s+SET\s/;
const SQL_GRAMMAR_ANY_CASE = /\binsert\s+into\s+\S{1,64}\s*(?:\(|values\b|select\b)|\bvalues\s*\(|\bdelete\s+from\s+\S{1,64}\s+where\b/i;
// Words that name a credential: one followed by a colon and a value gives the value away.
const CREDENTIAL_WORD = /^(?:password|passwd|pwd|passphrase|passcode|pin|otp|cvv|cvc|csc|secret|token|key|apikey|credentials?|authorization|auth|cookie|session|sessionid|sid|jwt|bearer|signature)$/i;
// Credentials that are numbers: one followed by its digits ("cvv 123", "PIN 4821") gives it away.
const NUMERIC_CREDENTIAL = /^(?:pin|otp|cvv|cvc|csc|passcode)$/i;
// Words after which a dotted number is a version, not an address.
const VERSION_WORD = /^(?:v|ver|version|versions|release|build|firmware|update)$/i;

/** A public host name: two to four labels of letters (and inner hyphens), ending in a label that names no file or internal zone. */
function isPublicHost(host: string): boolean {
  const labels = host.split('.');
  const last = labels.at(-1) ?? '';
  return labels.length >= 2 && labels.length <= 4 && labels.every((label) => /^[a-z](?:[a-z-]{0,30}[a-z])?$/i.test(label)) && /^[a-z]{2,6}$/i.test(last) && !SOURCE_EXTENSION.test(last) && !INTERNAL_LABEL.test(last);
}

/** A word made of letters and digits, judged part by part between hyphens: a unit (10MB), a short code (2FA, H264), never a key. */
function isPlainToken(token: string): boolean {
  return token.split('-').every((part) => {
    if (part === '') return true;
    const letters = /[A-Za-z]/.test(part);
    if (letters && /\d/.test(part)) return (part.length <= 8 && !/[a-z]\d+[a-z]+\d/i.test(part)) || /^[A-Z]{1,3}\d{1,11}$/.test(part);
    if (!letters) return /^\d{1,11}$/.test(part);
    // Internal capitals: a name (GitHub, iPhone, PostgreSQL) or a field (userPrincipalName), never an exception.
    const humps = part.match(/[a-z][A-Z]/g)?.length ?? 0;
    const allowed = /^[a-z]/.test(part) ? 3 : 1;
    return part.length <= 40 && humps <= allowed && !/[a-z](?:Error|Exception|Fault|Panic)$/.test(part) && !/^[A-Z]{2,}[a-z]+[A-Z]/.test(part);
  });
}

/** A Latin run judged as a word: a word, a number, an abbreviation, a short code, a time, an amount, a public address, an email. */
function isPlainRun(run: string, word: string, previous: string): boolean {
  const core = run.replace(/^[-.:#+%]+|[-.:/#+%]+$/g, '');
  if (core === '') return true;
  if (core.length > 60 || DEBUG_WORD.test(core) || core.includes('*')) return false;
  if (core.startsWith('$')) return /^\$\d{1,9}(?:,\d{3})*(?:\.\d{2})?$/.test(core);
  if (core.includes('@')) {
    // "the @ sign", "the @-sign": said of the character, in a word of its own.
    if (/^@(?:-[a-z]{1,10})?$/.test(core)) return run === word;
    const at = core.indexOf('@');
    return /^[a-z0-9.+-]{1,64}$/i.test(core.slice(0, at)) && isPublicHost(core.slice(at + 1));
  }
  // A field's name (`post_id`, `__typename`) or a constant's (`GITHUB_`), short; never a key's run,
  // nor an error code labelling a driver's message (`SQLITE_BUSY: …`).
  if (core.includes('_')) return /^_{0,2}[a-z0-9][a-z0-9]{0,15}(?:_[a-z0-9]{1,15}){0,3}$/.test(core) || (/^[A-Z][A-Z0-9]{0,15}(?:_[A-Z0-9]{1,15}){0,2}_?$/.test(core) && !run.endsWith(':'));
  if (/^0x/i.test(core) || /\d{12}/.test(core)) return false;
  // A long hex string with digits in it: a hash, a key, an id.
  if (/^(?=[0-9a-f-]*\d)(?=[0-9a-f-]*[a-f])[0-9a-f-]{16,}$/i.test(core)) return false;
  if (core.includes('/')) {
    const [head = '', ...rest] = core.split('/');
    // One short segment from the root ("/blog") says nothing of a server; a path of several does.
    if (/^\/[a-z]{1,15}$/.test(core)) return true;
    return !core.startsWith('/') && (/^[\p{L}]{1,15}$/u.test(head) || /^\d{1,6}$/.test(head) || isPublicHost(head)) && rest.every((part) => /^(?:[\p{L}-]{1,30}|\d{1,6}(?:\.\d{1,3})?)$/u.test(part));
  }
  if (core.includes(':')) return /^\d{1,2}:\d{2}(?::\d{2})?(?:am|pm|h)?$/i.test(core);
  if (core.includes('#')) return /^#\d{1,9}$|^[A-Za-z]#$/.test(core);
  if (core.includes('.')) {
    const parts = core.split('.');
    if (parts.every((part) => /^\d{1,3}(?:,\d{3})*$|^\d{1,9}$/.test(part))) return parts.length <= 3 || (parts.length === 4 && VERSION_WORD.test(previous));
    if (parts.every((part) => /^[A-Za-z]{1,2}$/.test(part))) return true;
    // A name with a version (`pro-2024.1`, `v2.1`): words, then a number.
    if (/^\d{1,3}$/.test(parts.at(-1) ?? '') && parts.slice(0, -1).every((part) => /[A-Za-z]/.test(part) && isPlainToken(part))) return parts.length <= 3;
    // A field path with an index (`users.0.email`): an address never has a label of digits alone.
    if (parts.some((part) => /^\d{1,4}$/.test(part)) && parts.every((part) => /^\d{1,4}$|^_{0,2}[a-z][a-z0-9_]{0,30}$/.test(part))) return parts.length <= 5;
    return isPublicHost(core);
  }
  return isPlainToken(core);
}

/** An https address to a public host whose path is words: a help page, said as text. */
function isPlainAddress(word: string): boolean {
  const match = /^https?:\/\/([^/?#\s]{1,100})((?:\/[a-z][a-z-]{0,29}){0,6})\/?[.,;:!?)]*$/.exec(word);
  return match !== null && isPublicHost(match[1] ?? '');
}

// Shapes of code and logs in a line of words: a call (`UseMethod("x")`, `g.V().has(`), a chain
// of labels (`a: b: c: 111`), an international phone number, a card number in groups.
const CALL = /[\p{L}\d_](?!\((?:s|es)\))\(/u;
const LABEL_CHAIN = /:\s[^:]{0,80}:\s[^:]{0,80}:\s/;
const PHONE_OR_CARD = /\+\d{1,3}[ -]?\d|\d{4}[ -]\d{4}[ -]\d{4}|(?:\d[ -]?){13}/;
// A component's name opening a line of log (`x509: certificate…`, `ssl3: alert…`).
const COMPONENT_PREFIX = /^[a-z][a-z0-9]*\d[a-z0-9]*:\s/;
// Quotes around a path or a name in kebab case: a resource's identifier, not words.
const QUOTED_IDENTIFIER = /["“`]([^"”`\s]{1,80})["”`]/g;

/** The words of `text` as prose, or false where one is not. */
function wordsArePlain(text: string): boolean {
  if (CALL.test(text) || LABEL_CHAIN.test(text) || PHONE_OR_CARD.test(text) || COMPONENT_PREFIX.test(text)) return false;
  for (const [, quoted = ''] of text.matchAll(QUOTED_IDENTIFIER)) if (quoted.includes('/') || /^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(quoted)) return false;
  const words = text.split(' ').filter(Boolean);
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? '';
    const previous = (words[index - 1] ?? '').replace(/[^\p{L}]/gu, '');
    // `>` only as a menu path's separator ("Settings > Privacy"), `*` only on its own ("marked with *").
    if (word.includes('>') && word !== '>') return false;
    if (word.includes('*')) {
      if (/^\(?\*\)?[.,;:]?$/.test(word)) continue;
      return false;
    }
    if (LATIN.test(word) && LOOKALIKE_SCRIPT.test(word)) return false;
    if (MARK_ON_ALPHABET.test(word)) return false;
    if (/:\/\//.test(word)) {
      if (isPlainAddress(word.replace(/^[("'“‘]+/, ''))) continue;
      return false;
    }
    for (const run of word.match(RUN) ?? []) if (!isPlainRun(run, word, previous)) return false;
    // "token: abc123", "PIN: 4821", "password 'hunter2'": a credential and its value.
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}:]+$/gu, '');
    const named = CREDENTIAL_WORD.test(bare.replace(/:$/, ''));
    if (named) {
      const next = words[index + 1];
      const after = words[index + 2];
      if (bare.endsWith(':') && (next === undefined || /[\d_@/+=]|[a-z][A-Z]|^[A-Z0-9]{4,}$/.test(next)) && !(/^\d{1,3}$/.test(next ?? '') && after !== undefined)) return false;
      if (next !== undefined && /^['"“‘`]/.test(next)) return false;
      if (NUMERIC_CREDENTIAL.test(bare.replace(/:$/, '')) && /^\d/.test(next ?? '')) return false;
    }
  }
  return true;
}

/**
 * The sentence a user may be shown for a server's `sentence`, folded (look-alike and invisible
 * characters made plain), or undefined when it is not plain prose: too short or too long, on
 * several lines, with characters of code or markup, or with a word that is not a word (a path,
 * a host, a key, an identifier, a qualified name, a query). `minWords` is 2 for a sentence, 1
 * for a field's message ("Required").
 */
export function plainSentence(sentence: unknown, minWords = 2): string | undefined {
  if (typeof sentence !== 'string' || sentence.length > MAX_SENTENCE_CHARS * 4) return undefined;
  const folded = foldText(sentence).trim();
  if (folded.length < 2 || folded.length > MAX_SENTENCE_CHARS || !PROSE_CHARACTERS.test(folded)) return undefined;
  if (!/\p{L}{2}/u.test(folded) || DATABASE_PHRASE.test(folded) || RUNTIME_PHRASE.test(folded) || SQL_GRAMMAR.test(folded) || SQL_GRAMMAR_ANY_CASE.test(folded)) return undefined;
  if (minWords > 1 && !folded.includes(' ') && !UNSPACED_SCRIPT.test(folded)) return undefined;
  return wordsArePlain(folded) ? folded : undefined;
}

/** True when `text` (a value a user gave: a name, an email, a number) is made only of plain words, folded. */
export function plainWords(text: string): boolean {
  const folded = foldText(text).trim();
  return folded !== '' && folded.length <= MAX_SENTENCE_CHARS && PROSE_CHARACTERS.test(folded) && wordsArePlain(folded);
}

/** True when `sentence` is plain prose a user may be shown (see `plainSentence`). */
export function isPlainSentence(sentence: unknown): sentence is string {
  return plainSentence(sentence) !== undefined;
}
