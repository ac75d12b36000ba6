// What gives a server's text away as a secret or as debug output, in the forms real servers
// produce. Each pattern names its source. Every quantifier is bounded, and text is cut to its
// display bound before any pattern runs, so screening costs time linear in what is read.
// Prose is left alone: SQL needs its grammar (`select … from <table> where`), a password needs
// a value after `=` or `:`, a path needs a root a server uses.
// A pattern whose match opens with a run of name characters (a host's labels, an exception's
// package, a URL's scheme) starts at its rarer part instead (`.internal`, `Error (`, `://`) and
// checks the run behind it with a lookbehind: the same matches, but tried at a few places in a
// sentence rather than at every word, which made the screen a third cheaper.

/** What kind of thing a leak gives away. */
export type LeakClass = 'secret' | 'stack' | 'sql' | 'database' | 'path' | 'host';

/** One way a leak shows itself. */
export interface LeakPattern {
  leak: LeakClass;
  pattern: RegExp;
}

const ID = String.raw`[\w$"\x60\[\].*]{1,64}`; // an SQL identifier, quoted or not, maybe qualified

export const LEAK_PATTERNS: readonly LeakPattern[] = [
  // Tokens and keys by their shape.
  { leak: 'secret', pattern: /\beyJ[\w-]{8,2048}\.[\w-]{4,4096}\.[\w-]{0,1024}/ }, // JWT (RFC 7519)
  // Authorization schemes (RFC 6750, RFC 7617): a credential has digits; "Bearer cheques" does not.
  { leak: 'secret', pattern: /\b(?:bearer|basic|token)[ \t]{1,4}(?=[\w.~+/-]{0,256}\d)[\w.~+/-]{8,2048}=*/i },
  { leak: 'secret', pattern: /\b(?:access|refresh|id|auth|session|csrf|api|private|oauth)[_-]?(?:token|key|secret)\b["']?[ \t]{0,4}(?:[:=]|=>)[ \t]{0,4}["']?(?=[\w.~+/%-]{0,256}\d)[\w.~+/%-]{6,2048}/i },
  { leak: 'secret', pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b|aws_secret_access_key|\bAIza[\w-]{35}\b/ }, // AWS, Google
  { leak: 'secret', pattern: /\b(?:AccountKey|SharedAccessKey|SharedAccessSignature)\b|[?&]sig=[\w%+/=-]{16,512}/ }, // Azure
  { leak: 'secret', pattern: /\b[rs]k_(?:live|test)_[\w]{10,256}|\bSG\.[\w-]{16,64}\.[\w-]{16,128}|\b(?:SK|AC)[0-9a-f]{32}\b/ }, // Stripe, SendGrid, Twilio
  { leak: 'secret', pattern: /\bgh[pousr]_[A-Za-z0-9]{30,255}|\bgithub_pat_\w{20,255}|\bglpat-[\w-]{20,64}|\bATBB[A-Za-z0-9]{20,64}|\bnpm_[A-Za-z0-9]{36}\b|_authToken=/ }, // GitHub, GitLab, Bitbucket, npm
  { leak: 'secret', pattern: /\bxox[abposr]-[\w-]{10,255}|\bsk-(?:ant-|proj-)?[\w-]{20,255}|hooks\.slack\.com\/services\/|\bkey-[0-9a-z]{32}\b/ }, // Slack, OpenAI, Anthropic, Mailgun
  { leak: 'secret', pattern: /\b(?:x-api-key|api[_-]?key|apikey|dd-api-key|private-token|api[_-]?secret|client[_-]?secret|secret[_-]?key|app[_-]?(?:key|secret))\b["']?[ \t]{0,4}(?:[:=]|=>)[ \t]{0,4}["']?(?=[\w.~+/:-]{0,256}\d)[\w.~+/:-]{8,2048}/i },
  // A credential in a URL's query (`?X-Auth-Token=…`, `&api_key=…`, `?token=…`),
  // whatever its length or alphabet; and a token header written out (`X-Auth-Token: …`).
  { leak: 'secret', pattern: /[?&][\w.-]{0,40}(?:token|key|secret|sig|signature|password|passwd|auth|session|sid)=[^\s&#]{1,2048}|\bx-[\w-]{0,40}(?:token|key|secret|auth)\b[ \t]{0,4}[:=][ \t]{0,4}\S/i },
  // Passwords: a value after `=` (form bodies, command lines, .env), or a quoted one after `:`
  // (JSON, YAML, Ruby hashes); never the word alone ("Password: at least 12 characters").
  { leak: 'secret', pattern: /(?:\b(?:passwd|passphrase|pwd|pass|keyStorePassword)|password(?<=\b[A-Z_]{0,20}PASSWORD))\b["'\]]?[ \t]{0,4}=>?[ \t]{0,4}["']?[^\s"',;}&]{2,256}/i },
  { leak: 'secret', pattern: /\b(?:password|passwd|passphrase|pwd|pass)\b["']?[ \t]{0,4}:[ \t]{0,4}["'][^"'\s]{2,256}["']/i },
  { leak: 'secret', pattern: /\bwith password '|\busing password: yes|\bmysql\b[^\n]{0,100} -p\S{1,64}|\bWRONGPASS\b|\bpassword_confirmation\b/i },
  // Connection strings: credentials inside a URL, JDBC and ADO.NET strings.
  { leak: 'secret', pattern: /:\/\/(?<=\b[a-z][a-z0-9+.-]{1,20}:\/\/)[^\s/:@'"]{0,128}:[^\s/@'"]{1,128}@/i },
  { leak: 'secret', pattern: /\bjdbc:[a-z]{2,20}:|\b(?:Server|Data Source|Host|DRIVER)=[^;\n]{1,128};[^\n]{0,256}?\b(?:Password|Pwd|User Id|UID)=/i },
  // A credential after a word that names one: long, and mixing letters and digits, as keys do.
  { leak: 'secret', pattern: /\b(?:key|apikey|api[_-]key|secret|token|dsn|credentials?|auth|ssws|access_?key_?id|secret_?access_?key|access_?key_?secret)\b["']?[ \t]{0,4}(?:[:=]|=>|[ \t])[ \t]{0,4}["']?(?=[\w+/=.~-]{0,256}\d)(?=[\w+/=.~-]{0,256}[A-Za-z])[\w+/=.~-]{16,2048}/i },
  // Credentials as a URL's user (Sentry DSN), GitLab's many token prefixes, DER key material without its PEM frame.
  { leak: 'secret', pattern: /:\/\/[\w-]{16,128}@|\bgl[a-z]{2,5}-[\w-]{16,64}|\bMII[A-Za-z0-9+/]{60,4096}/ },
  // Environment and settings dumps.
  { leak: 'secret', pattern: /\b(?:DATABASE_URL|SECRET_KEY(?:_BASE)?|[A-Z][A-Z0-9_]{0,40}_(?:SECRET|TOKEN|KEY|PASSWORD|DSN|ACCESS_KEY_ID))\b["']?[ \t]{0,8}(?:[:=]|=>)/ },
  { leak: 'secret', pattern: /\benviron\(\{|\$_ENV\b|\bprocess\.env\b|"Env":[ \t]{0,4}\[|\bsystemEnvironment\b|\bSENTRY_DSN\b|\bALLOWED_HOSTS\b/ },
  // Private keys, whatever their framing.
  { leak: 'secret', pattern: /-----BEGIN [A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----|\bPuTTY-User-Key-File|"private_key(?:_id)?"/ },

  // Internal hosts: private and loopback addresses, names only an internal resolver knows.
  // A private or loopback address, but not a version number ("version 10.0.1.5").
  { leak: 'host', pattern: /(?<!(?:version|release|build|firmware|v|ver\.?) ?)(?<![\d.])\b(?:10\.\d{1,3}|127\.\d{1,3}|192\.168|172\.(?:1[6-9]|2\d|3[01]))\.\d{1,3}\.\d{1,3}\b(?!\.\d)/i },
  { leak: 'host', pattern: /\.(?=(?:internal|local|localdomain|lan|corp|intranet|svc|home\.arpa)\b)(?<=\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.)|\blocalhost(?=[:/"'])|\b(?:cn|ou|dc)=[\w -]{1,64},[ \t]?(?:ou|dc|o)=/i }, // and LDAP names

  // Stack traces: a frame in the form of JavaScript, Java, .NET, Go, Ruby, Elixir, Python, PHP.
  // JavaScript: an indented frame, a frame whose place ends in a line number, a source position.
  { leak: 'stack', pattern: /(?:^|\n)[ \t]{1,64}at [^\n]{1,300}[:(]|\bat (?:async )?[\w$.<>[\] ]{1,200} \([^)\n]{0,300}(?::\d{1,7}|<anonymous>|native)\)|\.[A-Za-z]{1,10}:\d{1,7}:\d{1,7}\b|@https?:\/\/[^\s]{1,300}:\d{1,7}:\d{1,7}/ },
  { leak: 'stack', pattern: /node:internal|webpack(?:-internal)?:\/\/|\bext:core\/|<anonymous>|\bnode_modules[\\/]/ },
  { leak: 'stack', pattern: /\(\w{1,100}\.(?:java|kt|scala|groovy):\d{1,7}\)|\bException in thread\b|\bCaused by: [\w.$]{1,200}(?:Exception|Error)\b|\b(?:java|javax|jakarta|kotlin|scala|org\.springframework|com\.fasterxml)\.[\w.$]{1,200}(?:Exception|Error)\b/ }, // JVM
  { leak: 'stack', pattern: /\bSystem\.[\w.]{1,200}(?:Exception|Error)\b|\bMicrosoft\.[\w.]{1,200}Exception\b|:line \d{1,7}\b|\.cs:\d{1,7}|\bInvalidOperationException\b|---> [\w.]{1,200}Exception/ }, // .NET
  // Go: "panic:" alone is prose ("Don't panic: your files are safe"); its trace is not.
  { leak: 'stack', pattern: /\bgoroutine \d{1,9} \[|\.go:\d{1,7}\b|\bruntime error:|\bfatal error: [a-z]|\bpanic: (?:runtime error|assignment to|interface conversion|sql:)/ },
  { leak: 'stack', pattern: /\.rb:\d{1,7}:in\b| \((?<=\b[\w:]{1,100}(?:Error|Exception|::\w{1,100}) \()(?:undefined|wrong|no)\b|\brake aborted!/ }, // Ruby
  { leak: 'stack', pattern: /\*\* \([\w.]{1,100}\)|\.exs?:\d{1,7}:|\bGenServer [\w.]{1,100} terminating/ }, // Elixir
  { leak: 'stack', pattern: /\bTraceback \(most recent call last\)|\bFile "[^"\n]{1,300}", line \d{1,7}|\.py", line \d{1,7}|\.py:\d{1,7}\b/ }, // Python
  { leak: 'stack', pattern: /\.php(?::\d{1,7}|\(\d{1,7}\)| on line \d{1,7}| line \d{1,7})|\bPHP (?:Fatal|Parse|Warning|Notice|Deprecated)\b|\bStack trace:|#\d{1,4} \{main\}|\bUncaught (?:PHP )?[\w\\]{1,200}(?:Exception|Error)\b|"exception":[ \t]{0,4}"|"trace":[ \t]{0,4}[[{"]/ }, // PHP, Laravel
  // A fully qualified exception: Java and Kotlin packages, Python modules.
  { leak: 'stack', pattern: /(?:Exception|Error)(?<=\b(?:[a-z][a-z0-9_]{1,30}\.){2,8}[A-Z]\w{1,60}(?:Exception|Error))\b|\.(?:err|errors|exc|exceptions)\.(?<=\b[a-z_]\w{1,30}(?:\.[a-z_]\w{0,30}){0,4}\.(?:err|errors|exc|exceptions)\.)[A-Z]\w{2,60}\b/ },
  { leak: 'stack', pattern: /(?:Error|Exception) \((?<=\b\w{1,100}(?:Error|Exception) \()[^)\n]{1,200}\):\n|\b(?:NoMethodError|NameError|TypeError|KeyError|AttributeError|ZeroDivisionError|NullPointerException|ReferenceError|SyntaxError|RangeError|ArgumentError|ErrorException): / },

  // SQL by its grammar, in any case. A select list of `*`, a qualified or quoted column, or
  // DISTINCT is SQL wherever it stands; a bare one ("Select one from the list") only when a
  // clause follows the table.
  { leak: 'sql', pattern: new RegExp(String.raw`\bselect[ \t\n]{1,10}(?:distinct\b|\*|count\(|[\w$]{1,64}\.[\w$*]{1,64}|["\x60\[][\w$ ]{1,64}["\x60\]])[^;]{0,300}?\bfrom[ \t\n]{1,10}${ID}`, 'i') },
  { leak: 'sql', pattern: /\bselect[ \t\n]{1,10}[\w$]{1,64}(?:[ \t\n]{0,4},[ \t\n]{0,4}[\w$]{1,64}){0,40}[ \t\n]{1,10}from[ \t\n]{1,10}[\w$.]{1,64}(?:[ \t\n]{1,10}(?:where|join|inner|left|right|limit|order|group)\b|[ \t\n]{0,4}(?:;|$))/i },
  { leak: 'sql', pattern: new RegExp(String.raw`\binsert[ \t\n]{1,10}into[ \t\n]{1,10}${ID}[ \t\n]{0,10}(?:\(|values\b|select\b)|\bupdate[ \t\n]{1,10}${ID}[ \t\n]{1,10}set[ \t\n]{1,10}${ID}[ \t\n]{0,4}=|\bdelete[ \t\n]{1,10}from[ \t\n]{1,10}${ID}[ \t\n]{0,10}(?:where\b|;)|\bmerge[ \t\n]{1,10}into[ \t\n]{1,10}${ID}`, 'i') },
  { leak: 'sql', pattern: /\b(?:drop|alter|truncate|create)[ \t\n]{1,10}(?:table|index|view|database)\b[ \t\n]{1,10}(?:if[ \t\n]{1,10}(?:not[ \t\n]{1,10})?exists[ \t\n]{1,10})?[\w"`.]{1,64}[ \t\n]{0,10}(?:[(;]|add\b|drop\b|$)|\bhaving count\(|\border by [\w.]{1,64} (?:asc|desc)\b|\bwith \w{1,64} as \(|\bwhere: \w{1,64}\.\w{1,64} ==|\[SQL: |\(SQL: |\bSQLSTATE\b|\bsqlalchemy\.exc\b|\bExecuting \(default\):/i },

  // Database drivers: Postgres, MySQL, Oracle, SQL Server, SQLite, MongoDB, Prisma, Sequelize, Ecto.
  { leak: 'database', pattern: /\bviolates (?:unique|foreign key|not-null|check|exclusion) constraint\b|\brelation "[^"\n]{1,128}" does not exist|\bcolumn "[^"\n]{1,128}" (?:of relation|does not exist)|\bduplicate key value\b|\bcurrent transaction is aborted\b|\bdeadlock detected\b|\bPG::\w{1,64}|\bpsycopg2?\b|\bSQLSTATE\[/ },
  { leak: 'database', pattern: /\bER_[A-Z_]{3,64}\b|\bforeign key constraint fails\b|\bInvalid object name '|\bWRONGTYPE\b|\bReplyError\b|\byou have an error in your SQL syntax\b|\bDuplicate entry '[^'\n]{0,256}' for key\b|\bAccess denied for user '|\bERROR \d{4} \(\w{5}\)/i },
  { leak: 'database', pattern: /\bORA-\d{5}\b|\bTNS:|\bViolation of (?:PRIMARY|UNIQUE) KEY constraint\b|\bMsg \d{1,6}, Level \d{1,2}, State \d{1,3}\b|\bSqlException\b|\bLogin failed for user '/ },
  { leak: 'database', pattern: /\bSQLITE_[A-Z]{2,32}\b|\bsqlite3\.\w{1,64}Error\b|\bE11000\b|\bMongo\w{0,32}Error\b|\bPrisma\w{0,40}Error\b|\bInvalid `prisma\.|\bSequelize\w{0,40}Error\b|\bEcto\.\w{1,64}|\bDBConnection\.|\bHikariPool\b|\bcould not connect to server\b/ },

  // Paths on a server's disk: its roots, home folders, file URLs, Windows drives and shares.
  { leak: 'path', pattern: /(?:^|[\s'"(=:[,])\/(?:usr|var|home|opt|srv|app|etc|tmp|root|private|data|Users|mnt|proc|sys|workspace|builds?|code|src|lib|go|deploy|www|storage)\/[^\s'"]{1,300}/ },
  { leak: 'path', pattern: /\bfile:\/\/\/?[^\s]{1,300}|\b[A-Za-z]:\\{1,2}[\w$. -]{1,100}\\|\\\\[\w.$-]{1,100}\\[\w.$ -]{1,100}/ },
  { leak: 'path', pattern: /(?:^|[\s'"(])(?:\.{1,2}\/)?(?:app|lib|src|vendor|config|node_modules)\/[\w.@/-]{1,300}\.(?:js|mjs|cjs|ts|tsx|rb|py|php|ex|exs|go|java|cs|json|ya?ml|ini|env|conf|log|twig)\b/ },
];
