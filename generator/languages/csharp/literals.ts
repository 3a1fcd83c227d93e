/**
 * C# literals. Date → `new Date(2020, 9, 8)` and TimeOfDay → `new Time(8, 0, 0)` (kiota's
 * `Microsoft.Kiota.Abstractions` types); Duration → `TimeSpan.FromX(n)` or `new TimeSpan(…)` built
 * from the parts (never `TimeSpan.Parse`, which rejects ISO 8601 at run time); years and months,
 * which a TimeSpan cannot hold, go through `XmlConvert.ToTimeSpan` (approximate: flagged lossy);
 * base64url is re-spelled in the standard alphabet for `Convert.FromBase64String` (same bytes).
 */
import type { CSharpUsing, LiteralContext, LiteralPrinters, PrintedLiteral, ScalarValue } from '../profile.js';
import { printed } from '../shared/print.js';
import { quoteString } from '../shared/strings.js';
import {
  enumMembers, isGuid, lenientBase64, parseBase64, parseBoolean, parseDate, parseDateTime, parseDuration, parseInteger, parseNumber, parseTime, stringOf, textOf, unknownMembers,
  type IntegerKind,
} from '../shared/values.js';
import { csharpModelsNamespace, csharpNaming } from './naming.js';

type P = PrintedLiteral<CSharpUsing>;
const using = (namespace: string): CSharpUsing => ({ lang: 'csharp', namespace });
const SYSTEM = using('System');
const KIOTA = using('Microsoft.Kiota.Abstractions');
const SERIALIZATION = using('Microsoft.Kiota.Abstractions.Serialization');
const q = (text: string) => quoteString(text, 'csharp');

function integer(kind: IntegerKind, suffix = '') {
  return (value: ScalarValue): P => {
    const parsed = parseInteger(value, kind);
    if (!parsed.ok) return printed(`${INTEGER_TYPES[kind]}.Parse(${q(textOf(value))})`, { issues: parsed.issues });
    return printed(`${parsed.value.text}${suffix}`, { issues: parsed.issues });
  };
}

/** What a value that does not parse is handed to, so that the snippet compiles and fails at run time like the request. */
const INTEGER_TYPES: Readonly<Record<IntegerKind, string>> = {
  'Edm.Byte': 'byte', 'Edm.SByte': 'sbyte', 'Edm.Int16': 'short', 'Edm.Int32': 'int', 'Edm.Int64': 'long',
};
const REAL_TYPES: Readonly<Record<string, string>> = { f: 'float', d: 'double', m: 'decimal' };

function real(suffix: string) {
  return (value: ScalarValue): P => {
    const parsed = parseNumber(value);
    if (!parsed.ok) return printed(`${REAL_TYPES[suffix]}.Parse(${q(textOf(value))}, CultureInfo.InvariantCulture)`, { imports: [using('System.Globalization')], issues: parsed.issues });
    return printed(`${parsed.value.text}${suffix}`, { issues: parsed.issues });
  };
}

function duration(value: ScalarValue): P {
  const text = textOf(value);
  const parsed = parseDuration(text);
  if (!parsed.ok) return printed(`XmlConvert.ToTimeSpan(${q(text)})`, { imports: [using('System.Xml')], issues: parsed.issues });
  const d = parsed.value;
  if (d.years !== 0 || d.months !== 0) {
    return printed(`XmlConvert.ToTimeSpan(${q(text)})`, {
      imports: [using('System.Xml')],
      issues: [{ kind: 'lossy', message: `a TimeSpan has no years or months: '${text}' is approximated (365-day years, 30-day months)` }],
    });
  }
  const sign = d.negative ? -1 : 1;
  const days = sign * (d.weeks * 7 + d.days);
  const [h, m, s] = [sign * d.hours, sign * d.minutes, sign * d.seconds];
  const fraction = d.fraction.padEnd(3, '0');
  const ms = sign * Number(fraction.slice(0, 3));
  if (d.fraction.length > 3 && /[1-9]/.test(d.fraction.slice(3))) {
    // Sub-millisecond precision: XmlConvert keeps ticks exactly.
    return printed(`XmlConvert.ToTimeSpan(${q(text)})`, { imports: [using('System.Xml')] });
  }
  const parts: Array<[string, number]> = [['Days', days], ['Hours', h], ['Minutes', m], ['Seconds', s], ['Milliseconds', ms]];
  const nonZero = parts.filter(([, n]) => n !== 0);
  if (nonZero.length === 0) return printed('TimeSpan.Zero', { imports: [SYSTEM] });
  if (nonZero.length === 1) {
    const [[unit, n]] = nonZero as [[string, number]];
    return printed(`TimeSpan.From${unit}(${n})`, { imports: [SYSTEM] });
  }
  const args = ms !== 0 ? [days, h, m, s, ms] : [days, h, m, s];
  return printed(`new TimeSpan(${args.join(', ')})`, { imports: [SYSTEM] });
}

function enumValue(flags: boolean) {
  return (value: ScalarValue, context: LiteralContext): P => {
    const type = context.enumType;
    if (type === undefined) throw new Error('internal: enum literal printed without its enum type');
    const typeName = csharpNaming.typeName(type);
    const members = flags ? enumMembers(value) : [textOf(value)];
    const code = members.map((m) => `${typeName}.${csharpNaming.enumMember(type, m)}`).join(' | ');
    return printed(code, { imports: [using(csharpModelsNamespace(type, context.api))], issues: unknownMembers(members, type.members, type.name) });
  };
}

export const csharpLiterals: LiteralPrinters<CSharpUsing> = {
  'Edm.String': (value) => {
    const s = stringOf(value);
    return printed(q(s.ok ? s.value : textOf(value)), { issues: s.issues });
  },
  'Edm.Boolean': (value) => {
    const b = parseBoolean(value);
    return printed(b.ok ? String(b.value) : `bool.Parse(${q(textOf(value))})`, { issues: b.issues });
  },
  'Edm.Byte': integer('Edm.Byte'),
  'Edm.SByte': integer('Edm.SByte'),
  'Edm.Int16': integer('Edm.Int16'),
  'Edm.Int32': integer('Edm.Int32'),
  'Edm.Int64': integer('Edm.Int64', 'L'),
  'Edm.Single': real('f'),
  'Edm.Double': real('d'),
  'Edm.Decimal': real('m'),
  'Edm.Guid': (value) => {
    const text = textOf(value);
    return printed(`Guid.Parse(${q(text)})`, {
      imports: [SYSTEM],
      issues: isGuid(text) ? [] : [{ kind: 'invalid-value', message: `'${text}' is not a GUID` }],
    });
  },
  'Edm.Date': (value) => {
    const parsed = parseDate(textOf(value));
    if (!parsed.ok) return printed(`new Date(DateTime.Parse(${q(textOf(value))}))`, { imports: [SYSTEM, KIOTA], issues: parsed.issues });
    const { year, month, day } = parsed.value;
    return printed(`new Date(${year}, ${month}, ${day})`, { imports: [KIOTA], issues: parsed.issues });
  },
  'Edm.DateTimeOffset': (value) => {
    const parsed = parseDateTime(textOf(value));
    return printed(`DateTimeOffset.Parse(${q(parsed.ok ? parsed.value.text : textOf(value))})`, { imports: [SYSTEM], issues: parsed.issues });
  },
  'Edm.TimeOfDay': (value) => {
    const parsed = parseTime(textOf(value));
    if (!parsed.ok) return printed(`new Time(DateTime.Parse(${q(textOf(value))}))`, { imports: [SYSTEM, KIOTA], issues: parsed.issues });
    const t = parsed.value;
    const issues = [...parsed.issues];
    if (/[1-9]/.test(t.fraction)) issues.push({ kind: 'lossy', message: `Microsoft.Kiota.Abstractions.Time has whole seconds: .${t.fraction} is dropped` });
    return printed(`new Time(${t.hour}, ${t.minute}, ${t.second})`, { imports: [KIOTA], issues });
  },
  'Edm.Duration': duration,
  'Edm.Binary': (value) => {
    const fixed = lenientBase64(textOf(value));
    const text = fixed?.text ?? textOf(value);
    const fixedIssues = fixed ? [fixed.issue] : [];
    const info = parseBase64(text);
    if (info === null) {
      return printed(`Encoding.UTF8.GetBytes(${q(text)})`, {
        imports: [using('System.Text')],
        issues: [{ kind: 'invalid-value', message: `'${text}' is not base64: its UTF-8 bytes are sent` }],
      });
    }
    return printed(`Convert.FromBase64String(${q(info.standard)})`, { imports: [SYSTEM], issues: fixedIssues });
  },
  'Edm.Stream': (value) => printed(`new MemoryStream(Encoding.UTF8.GetBytes(${q(textOf(value))}))`, { imports: [using('System.IO'), using('System.Text')] }),
  'Edm.Untyped': (value) => {
    if (value.kind === 'string') return printed(`new UntypedString(${q(value.value)})`, { imports: [SERIALIZATION] });
    if (value.kind === 'boolean') return printed(`new UntypedBoolean(${value.value})`, { imports: [SERIALIZATION] });
    const int = parseInteger(value, 'Edm.Int32');
    if (int.ok) return printed(`new UntypedInteger(${value.text})`, { imports: [SERIALIZATION] });
    const long = parseInteger(value, 'Edm.Int64');
    if (long.ok) return printed(`new UntypedLong(${value.text}L)`, { imports: [SERIALIZATION] });
    return printed(`new UntypedDouble(${value.text}d)`, { imports: [SERIALIZATION] });
  },
  enum: enumValue(false),
  flagsEnum: enumValue(true),
};
