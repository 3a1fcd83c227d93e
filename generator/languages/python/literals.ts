/**
 * Python literals, always with their imports (the old generator used `UUID`/`base64` without
 * them and passed dates as strings). Date → `date(2020, 9, 8)`, DateTimeOffset →
 * `datetime(…, tzinfo=timezone.utc)`, TimeOfDay → `time(…)`, Duration → `timedelta(…)` (which has
 * no years or months: flagged), Guid → `UUID("…")`, Binary → `base64.b64decode`/`urlsafe_b64decode`
 * (padding restored). Flags: one member is the member; several cannot be one `(str, Enum)` value
 * (`|` is not defined on them), so they are printed as a list and flagged.
 */
import type { LiteralContext, LiteralIssue, LiteralPrinters, PrintedLiteral, PythonImport, ScalarValue } from '../profile.js';
import { printed } from '../shared/print.js';
import { quoteString } from '../shared/strings.js';
import {
  enumMembers, isGuid, lenientBase64, parseBase64, parseBoolean, parseDate, parseDateTime, parseDuration, parseInteger, parseNumber, parseTime, stringOf, textOf, unknownMembers,
  type IntegerKind,
} from '../shared/values.js';
import { pythonModelModule, pythonNaming } from './naming.js';

type P = PrintedLiteral<PythonImport>;
const from = (module: string, name: string): PythonImport => ({ lang: 'python', module, name });
const q = (text: string) => quoteString(text, 'python');

function number(read: (value: ScalarValue) => ReturnType<typeof parseNumber>) {
  return (value: ScalarValue): P => {
    const parsed = read(value);
    // A value that does not parse is sent as the request wrote it (Python does not type-check the model).
    return printed(parsed.ok ? parsed.value.text : q(textOf(value)), { issues: parsed.issues });
  };
}
const integer = (kind: IntegerKind) => number((v) => parseInteger(v, kind));

function micro(fraction: string): { value: number; issues: LiteralIssue[] } {
  const issues: LiteralIssue[] = fraction.length > 6 && /[1-9]/.test(fraction.slice(6)) ? [{ kind: 'lossy', message: `Python keeps microseconds: .${fraction} is truncated` }] : [];
  return { value: Number(fraction.padEnd(6, '0').slice(0, 6)), issues };
}

function offset(minutes: number): { code: string; imports: PythonImport[] } {
  if (minutes === 0) return { code: 'timezone.utc', imports: [from('datetime', 'timezone')] };
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  const parts = [abs >= 60 ? `hours=${sign}${Math.floor(abs / 60)}` : '', abs % 60 ? `minutes=${sign}${abs % 60}` : ''].filter((p) => p !== '');
  return { code: `timezone(timedelta(${parts.join(', ')}))`, imports: [from('datetime', 'timezone'), from('datetime', 'timedelta')] };
}

function enumValue(flags: boolean) {
  return (value: ScalarValue, context: LiteralContext): P => {
    const type = context.enumType;
    if (type === undefined) throw new Error('internal: enum literal printed without its enum type');
    const typeName = pythonNaming.typeName(type);
    const members = flags ? enumMembers(value) : [textOf(value)];
    const constants = members.map((m) => `${typeName}.${pythonNaming.enumMember(type, m)}`);
    const issues = unknownMembers(members, type.members, type.name);
    const imports = [from(pythonModelModule(type, context.api), typeName)];
    if (constants.length === 1) return printed(constants[0]!, { imports, issues });
    return printed(`[${constants.join(', ')}]`, {
      imports,
      issues: [...issues, { kind: 'unrepresentable', message: `${typeName} is a (str, Enum): several flags cannot be one value; a list is printed` }],
    });
  };
}

export const pythonLiterals: LiteralPrinters<PythonImport> = {
  'Edm.String': (value) => {
    const s = stringOf(value);
    return printed(q(s.ok ? s.value : textOf(value)), { issues: s.issues });
  },
  'Edm.Boolean': (value) => {
    const b = parseBoolean(value);
    return printed(b.ok ? (b.value ? 'True' : 'False') : q(textOf(value)), { issues: b.issues });
  },
  'Edm.Byte': integer('Edm.Byte'),
  'Edm.SByte': integer('Edm.SByte'),
  'Edm.Int16': integer('Edm.Int16'),
  'Edm.Int32': integer('Edm.Int32'),
  'Edm.Int64': integer('Edm.Int64'),
  'Edm.Single': number(parseNumber),
  'Edm.Double': number(parseNumber),
  'Edm.Decimal': number(parseNumber),
  'Edm.Guid': (value) => {
    const text = textOf(value);
    return printed(`UUID(${q(text)})`, { imports: [from('uuid', 'UUID')], issues: isGuid(text) ? [] : [{ kind: 'invalid-value', message: `'${text}' is not a GUID` }] });
  },
  'Edm.Date': (value) => {
    const parsed = parseDate(textOf(value));
    if (!parsed.ok) return printed(`date.fromisoformat(${q(textOf(value))})`, { imports: [from('datetime', 'date')], issues: parsed.issues });
    const { year, month, day } = parsed.value;
    return printed(`date(${year}, ${month}, ${day})`, { imports: [from('datetime', 'date')], issues: parsed.issues });
  },
  'Edm.DateTimeOffset': (value) => {
    const parsed = parseDateTime(textOf(value));
    if (!parsed.ok) return printed(`datetime.fromisoformat(${q(textOf(value))})`, { imports: [from('datetime', 'datetime')], issues: parsed.issues });
    const t = parsed.value;
    const us = micro(t.fraction);
    const tz = offset(t.offsetMinutes);
    const args = [t.year, t.month, t.day, t.hour, t.minute, t.second, ...(us.value !== 0 ? [us.value] : [])];
    return printed(`datetime(${args.join(', ')}, tzinfo=${tz.code})`, { imports: [from('datetime', 'datetime'), ...tz.imports], issues: [...parsed.issues, ...us.issues] });
  },
  'Edm.TimeOfDay': (value) => {
    const parsed = parseTime(textOf(value));
    if (!parsed.ok) return printed(`time.fromisoformat(${q(textOf(value))})`, { imports: [from('datetime', 'time')], issues: parsed.issues });
    const t = parsed.value;
    const us = micro(t.fraction);
    const args = us.value !== 0 ? [t.hour, t.minute, t.second, us.value] : t.second !== 0 ? [t.hour, t.minute, t.second] : [t.hour, t.minute];
    return printed(`time(${args.join(', ')})`, { imports: [from('datetime', 'time')], issues: [...parsed.issues, ...us.issues] });
  },
  'Edm.Duration': (value) => {
    const text = textOf(value);
    const parsed = parseDuration(text);
    const imports = [from('datetime', 'timedelta')];
    if (!parsed.ok) return printed('timedelta()', { imports, issues: parsed.issues });
    const d = parsed.value;
    const sign = d.negative ? '-' : '';
    const seconds = d.fraction ? `${d.seconds}.${d.fraction}` : d.seconds ? String(d.seconds) : '';
    const parts: Array<[string, string]> = [
      ['weeks', d.weeks ? String(d.weeks) : ''],
      ['days', d.days ? String(d.days) : ''],
      ['hours', d.hours ? String(d.hours) : ''],
      ['minutes', d.minutes ? String(d.minutes) : ''],
      ['seconds', seconds],
    ];
    const args = parts.filter(([, v]) => v !== '').map(([k, v]) => `${k}=${sign}${v}`);
    const issues: LiteralIssue[] =
      d.years || d.months ? [{ kind: 'unrepresentable', message: `timedelta has no years or months: they are dropped from '${text}'` }] : [];
    return printed(`timedelta(${args.join(', ')})`, { imports, issues });
  },
  'Edm.Binary': (value) => {
    const fixed = lenientBase64(textOf(value));
    const text = fixed?.text ?? textOf(value);
    const fixedIssues = fixed ? [fixed.issue] : [];
    const info = parseBase64(text);
    if (info === null) return printed(`${q(text)}.encode("utf-8")`, { issues: [{ kind: 'invalid-value', message: `'${text}' is not base64: its UTF-8 bytes are sent` }] });
    const body = text.replace(/=+$/, '');
    const padded = body + '='.repeat((4 - (body.length % 4)) % 4);
    const fn = info.alphabet === 'url' ? 'urlsafe_b64decode' : 'b64decode';
    return printed(`base64.${fn}(${q(padded)})`, { imports: [{ lang: 'python', module: 'base64' }], issues: fixedIssues });
  },
  'Edm.Stream': (value) => printed(`${q(textOf(value))}.encode("utf-8")`),
  'Edm.Untyped': (value) => {
    if (value.kind === 'string') return printed(q(value.value));
    if (value.kind === 'boolean') return printed(value.value ? 'True' : 'False');
    return printed(value.text);
  },
  enum: enumValue(false),
  flagsEnum: enumValue(true),
};
