/**
 * Go literals. Numbers carry their Go type (`int32(1)`, `int64(10)`, `float64(1.5)`): setters
 * take pointers, so the view binds them to a variable. Date-times are built with `time.Date` (no
 * error to handle); Date/TimeOfDay/Duration use kiota's `serialization.NewDateOnly`/`NewTimeOnly`/
 * `NewDuration`, which return pointers (`pointer: true`). Base64 is decoded at run time in a
 * prelude that declares the bytes and checks the error. Durations with months (which kiota's
 * ISODuration cannot hold) are parsed in a prelude and flagged.
 */
import type { GoImport, LiteralContext, LiteralPrinters, PrintedLiteral, ScalarValue } from '../profile.js';
import { printed } from '../shared/print.js';
import { hasLoneSurrogate, LONE_SURROGATE, quoteString } from '../shared/strings.js';
import {
  enumMembers, isGuid, lenientBase64, parseBase64, parseBoolean, parseDate, parseDateTime, parseDuration, parseInteger, parseNumber, parseTime, stringOf, textOf, unknownMembers,
  type IntegerKind,
} from '../shared/values.js';
import { goModelsImport, goNaming } from './naming.js';

type P = PrintedLiteral<GoImport>;
const TIME: GoImport = { lang: 'go', path: 'time' };
const LOG: GoImport = { lang: 'go', path: 'log' };
const SERIALIZATION: GoImport = { lang: 'go', path: 'github.com/microsoft/kiota-abstractions-go/serialization' };
const q = (text: string) => quoteString(text, 'go');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

function integer(kind: IntegerKind, goType: string) {
  return (value: ScalarValue): P => {
    const parsed = parseInteger(value, kind);
    return printed(`${goType}(${parsed.ok ? parsed.value.text : textOf(value)})`, { issues: parsed.issues });
  };
}

function real(goType: string) {
  return (value: ScalarValue): P => {
    const parsed = parseNumber(value);
    return printed(`${goType}(${parsed.ok ? parsed.value.text : textOf(value)})`, { issues: parsed.issues });
  };
}

function nanos(fraction: string): number {
  return Number(fraction.padEnd(9, '0').slice(0, 9));
}

function location(offsetMinutes: number): string {
  return offsetMinutes === 0 ? 'time.UTC' : `time.FixedZone("", ${offsetMinutes * 60})`;
}

/** A prelude that runs a parser returning `(value, error)` and stops on error. */
function checked(context: LiteralContext, call: string, imports: GoImport[]): { name: string; prelude: string[]; imports: GoImport[] } {
  const name = context.names.claim(context.hint);
  return { name, prelude: [`${name}, err := ${call}`, 'if err != nil {', '\tlog.Fatal(err)', '}'], imports: [...imports, LOG] };
}

function enumValue(flags: boolean) {
  return (value: ScalarValue, context: LiteralContext): P => {
    const type = context.enumType;
    if (type === undefined) throw new Error('internal: enum literal printed without its enum type');
    const { path, alias } = goModelsImport(type, context.api);
    const members = flags ? enumMembers(value) : [textOf(value)];
    const constants = members.map((m) => `${alias}.${goNaming.enumMember(type, m)}`);
    // Flags members are untyped constants: the conversion gives the enum type even for one member.
    const code = flags ? `${alias}.${goNaming.typeName(type)}(${constants.join(' | ')})` : constants.join('');
    return printed(code, { imports: [{ lang: 'go', path, alias }], issues: unknownMembers(members, type.members, type.name) });
  };
}

export const goLiterals: LiteralPrinters<GoImport> = {
  'Edm.String': (value) => {
    const s = stringOf(value);
    const text = s.ok ? s.value : textOf(value);
    return printed(q(text), { issues: hasLoneSurrogate(text) ? [...s.issues, LONE_SURROGATE] : s.issues });
  },
  'Edm.Boolean': (value) => {
    const b = parseBoolean(value);
    if (b.ok) return printed(String(b.value), { issues: b.issues });
    // A boolean has no value that fails at run time like the request would: `false` keeps the snippet compiling.
    return printed('false', { issues: [...b.issues, { kind: 'unrepresentable', message: `'${textOf(value)}' is printed as false` }] });
  },
  'Edm.Byte': integer('Edm.Byte', 'byte'),
  'Edm.SByte': integer('Edm.SByte', 'int8'),
  'Edm.Int16': integer('Edm.Int16', 'int32'),
  'Edm.Int32': integer('Edm.Int32', 'int32'),
  'Edm.Int64': integer('Edm.Int64', 'int64'),
  'Edm.Single': real('float32'),
  'Edm.Double': real('float64'),
  'Edm.Decimal': real('float64'),
  'Edm.Guid': (value) => {
    const text = textOf(value);
    return printed(`uuid.MustParse(${q(text)})`, {
      imports: [{ lang: 'go', path: 'github.com/google/uuid' }],
      issues: isGuid(text) ? [] : [{ kind: 'invalid-value', message: `'${text}' is not a GUID` }],
    });
  },
  'Edm.Date': (value, context) => {
    const parsed = parseDate(textOf(value));
    if (!parsed.ok) {
      const c = checked(context, `serialization.ParseDateOnly(${q(textOf(value))})`, [SERIALIZATION]);
      return printed(c.name, { imports: c.imports, prelude: c.prelude, pointer: true, issues: parsed.issues });
    }
    const { year, month, day } = parsed.value;
    return printed(`serialization.NewDateOnly(time.Date(${year}, time.${MONTHS[month - 1]}, ${day}, 0, 0, 0, 0, time.UTC))`, {
      imports: [SERIALIZATION, TIME],
      pointer: true,
      issues: parsed.issues,
    });
  },
  'Edm.DateTimeOffset': (value, context) => {
    const parsed = parseDateTime(textOf(value));
    if (!parsed.ok) {
      const c = checked(context, `time.Parse(time.RFC3339, ${q(textOf(value))})`, [TIME]);
      return printed(c.name, { imports: c.imports, prelude: c.prelude, issues: parsed.issues });
    }
    const t = parsed.value;
    return printed(`time.Date(${t.year}, time.${MONTHS[t.month - 1]}, ${t.day}, ${t.hour}, ${t.minute}, ${t.second}, ${nanos(t.fraction)}, ${location(t.offsetMinutes)})`, {
      imports: [TIME],
      issues: [...parsed.issues, ...(t.fraction.length > 9 && /[1-9]/.test(t.fraction.slice(9)) ? [{ kind: 'lossy' as const, message: 'time.Time keeps nanoseconds only' }] : [])],
    });
  },
  'Edm.TimeOfDay': (value, context) => {
    const parsed = parseTime(textOf(value));
    if (!parsed.ok) {
      const c = checked(context, `serialization.ParseTimeOnly(${q(textOf(value))})`, [SERIALIZATION]);
      return printed(c.name, { imports: c.imports, prelude: c.prelude, pointer: true, issues: parsed.issues });
    }
    const t = parsed.value;
    return printed(`serialization.NewTimeOnly(time.Date(0, time.January, 1, ${t.hour}, ${t.minute}, ${t.second}, ${nanos(t.fraction)}, time.UTC))`, {
      imports: [SERIALIZATION, TIME],
      pointer: true,
      issues: parsed.issues,
    });
  },
  'Edm.Duration': (value, context) => {
    const text = textOf(value);
    const parsed = parseDuration(text);
    if (!parsed.ok || parsed.value.months !== 0 || parsed.value.negative || parsed.value.fraction.length > 3) {
      const c = checked(context, `serialization.ParseISODuration(${q(text)})`, [SERIALIZATION]);
      const issues = parsed.ok ? [{ kind: 'unrepresentable' as const, message: `kiota's ISODuration has no months, signs or sub-millisecond parts: '${text}' is parsed at run time` }] : parsed.issues;
      return printed(c.name, { imports: c.imports, prelude: c.prelude, pointer: true, issues });
    }
    const d = parsed.value;
    const ms = Number(d.fraction.padEnd(3, '0'));
    return printed(`serialization.NewDuration(${[d.years, d.weeks, d.days, d.hours, d.minutes, d.seconds, ms].join(', ')})`, { imports: [SERIALIZATION], pointer: true });
  },
  'Edm.Binary': (value, context) => {
    const fixed = lenientBase64(textOf(value));
    const text = fixed?.text ?? textOf(value);
    const fixedIssues = fixed ? [fixed.issue] : [];
    const info = parseBase64(text);
    if (info === null) {
      return printed(`[]byte(${q(text)})`, { issues: [{ kind: 'invalid-value', message: `'${text}' is not base64: its UTF-8 bytes are sent` }] });
    }
    const encoding = `${info.padded || info.standard.endsWith('=') === false ? '' : 'Raw'}${info.alphabet === 'url' ? 'URL' : 'Std'}Encoding`;
    const c = checked(context, `base64.${encoding}.DecodeString(${q(text)})`, [{ lang: 'go', path: 'encoding/base64' }]);
    return printed(c.name, { imports: c.imports, prelude: c.prelude, issues: fixedIssues });
  },
  'Edm.Stream': (value) => printed(`[]byte(${q(textOf(value))})`),
  'Edm.Untyped': (value) => {
    if (value.kind === 'string') return printed(`serialization.NewUntypedString(${q(value.value)})`, { imports: [SERIALIZATION], pointer: true });
    if (value.kind === 'boolean') return printed(`serialization.NewUntypedBoolean(${value.value})`, { imports: [SERIALIZATION], pointer: true });
    if (parseInteger(value, 'Edm.Int32').ok) return printed(`serialization.NewUntypedInteger(int32(${value.text}))`, { imports: [SERIALIZATION], pointer: true });
    if (parseInteger(value, 'Edm.Int64').ok) return printed(`serialization.NewUntypedLong(int64(${value.text}))`, { imports: [SERIALIZATION], pointer: true });
    return printed(`serialization.NewUntypedDouble(float64(${value.text}))`, { imports: [SERIALIZATION], pointer: true });
  },
  enum: enumValue(false),
  flagsEnum: enumValue(true),
};
