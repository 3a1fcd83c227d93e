import type { RuleDef } from '../types.js';

/** Rules of the `check` stage (a snippet, ours or anyone's, judged by a real grammar and lint rules). */
export const checkRules = {
  'check:syntax-error': {
    severity: 'error',
    summary: 'The language grammar cannot parse this part of the snippet (an ERROR node).',
  },
  'check:syntax-missing': {
    severity: 'error',
    summary: 'The grammar had to assume a token that is not there (a MISSING node).',
  },
  'check:go-keyword-identifier': {
    severity: 'error',
    summary: 'Go: a keyword (`type`, `range`, ...) is used as a variable name.',
  },
  'check:go-no-new-variables': {
    severity: 'error',
    summary: 'Go: `:=` declares no new variable in this scope (every name on the left already exists).',
  },
  'check:go-unquoted-date': {
    severity: 'error',
    summary: 'Go: a date or time is written bare (`2020-09-15`, `08:00:00`) and reads as arithmetic on integers.',
  },
  'check:go-null': {
    severity: 'error',
    summary: 'Go: `null` is not a Go name; the zero pointer is `nil`.',
  },
  'check:go-unused-variable': {
    severity: 'error',
    summary: 'Go: a variable is declared and never used, which does not compile.',
  },
  'check:python-undefined-name': {
    severity: 'error',
    summary: 'Python: a name is used but never imported, defined or assigned in the snippet.',
  },
  'check:powershell-interpolation': {
    severity: 'error',
    summary: 'PowerShell: `$name` or `$(` inside a double-quoted or `@"` string is expanded, not kept as text.',
  },
  'check:powershell-backtick-escape': {
    severity: 'error',
    summary: 'PowerShell: a backtick before an ordinary character in an expandable string is dropped.',
  },
  'check:cli-slash-comment': {
    severity: 'error',
    summary: 'bash: a `//` line is not a comment; bash runs it as a command.',
  },
  'check:cli-quote-ends-early': {
    severity: 'error',
    summary: 'bash: a quoted argument ends early and goes on unquoted (an unescaped quote inside it).',
  },
  'check:cli-body-invalid-json': {
    severity: 'error',
    summary: 'bash: the `--body` value, as the shell passes it, is not valid JSON.',
  },
  'check:js-invalid-escape': {
    severity: 'error',
    summary: 'JavaScript: a string escape that a module rejects (`\\x`/`\\u` malformed, legacy octal).',
  },
  'check:js-useless-escape': {
    severity: 'warning',
    summary: 'JavaScript: a backslash before an ordinary character is dropped, which is seldom meant.',
  },
  'check:php-escape-kept': {
    severity: 'error',
    summary: 'PHP: an unknown escape in a double-quoted string (e.g. `\\\'`) keeps its backslash in the value.',
  },
  'check:php-interpolation': {
    severity: 'error',
    summary: 'PHP: `$name` or `{$` inside a double-quoted string or heredoc is interpolated, not kept as text.',
  },
  'check:file-unreadable': {
    severity: 'error',
    summary: '`snipgen check`: a snippet file has no fenced code block, no known language, or cannot be read.',
  },
  'check:js-body-type': {
    severity: 'error',
    summary: 'JavaScript: the request body does not fit the Graph model type (@microsoft/microsoft-graph-types): an unknown property or a value that is not an enum member.',
  },
  'check:csharp-untyped-new': {
    severity: 'error',
    summary: 'C#: target-typed `new()` where no target type exists (`var x = new()`).',
  },
  'check:csharp-untyped-new-argument': {
    severity: 'warning',
    summary: 'C#: target-typed `new()` as an argument; it compiles only if one overload fixes the type.',
  },
  'check:java-untyped-new': {
    severity: 'error',
    summary: 'Java: `new ()` without a type; Java has no target-typed `new`.',
  },
  'check:java-char-literal': {
    severity: 'error',
    summary: "Java: a character literal holds no character or several (`'allowedRequestor'`); a string is written in double quotes.",
  },
  'check:java-keyword-method': {
    severity: 'error',
    summary: 'Java: a reserved keyword is used as a method name (`.return()`), which javac rejects.',
  },
} as const satisfies Record<`check:${string}`, RuleDef>;

export type CheckRuleId = keyof typeof checkRules;
