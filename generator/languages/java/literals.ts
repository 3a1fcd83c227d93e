/**
 * Java literals, with their imports (the old generator emitted none). Date → `LocalDate.of(…)`
 * (never `LocalDate.parse` of a date-time, which throws); Duration → kiota's
 * `PeriodAndDuration` from a `java.time.Duration` (days and smaller) and/or a `Period`
 * (years, months); base64 decoded with the decoder of its alphabet (`getUrlDecoder()` for base64url).
 */
import type { JavaImport, LiteralContext, LiteralPrinters, PrintedLiteral, ScalarValue } from '../profile.js';
import { printed } from '../shared/print.js';
import { quoteString } from '../shared/strings.js';
import {
  enumMembers, isGuid, lenientBase64, parseBase64, parseBoolean, parseDate, parseDateTime, parseDuration, parseInteger, parseNumber, parseTime, stringOf, textOf, unknownMembers,
  type IntegerKind,
} from '../shared/values.js';
import { javaModelsPackage, javaNaming } from './naming.js';

type P = PrintedLiteral<JavaImport>;
const imp = (qualifiedName: string): JavaImport => ({ lang: 'java', qualifiedName });
const q = (text: string) => quoteString(text, 'java');

function integer(kind: IntegerKind, render: (text: string) => string) {
  return (value: ScalarValue): P => {
    const parsed = parseInteger(value, kind);
    return printed(render(parsed.ok ? parsed.value.text : textOf(value)), { issues: parsed.issues });
  };
}

function real(suffix: string) {
  return (value: ScalarValue): P => {
    const parsed = parseNumber(value);
    return printed(`${parsed.ok ? parsed.value.text : textOf(value)}${suffix}`, { issues: parsed.issues });
  };
}

function enumValue(flags: boolean) {
  return (value: ScalarValue, context: LiteralContext): P => {
    const type = context.enumType;
    if (type === undefined) throw new Error('internal: enum literal printed without its enum type');
    const typeName = javaNaming.typeName(type);
    const members = flags ? enumMembers(value) : [textOf(value)];
    const constants = members.map((m) => `${typeName}.${javaNaming.enumMember(type, m)}`);
    const imports = [imp(`${javaModelsPackage(type, context.api)}.${typeName}`)];
    if (flags) imports.push(imp('java.util.EnumSet'));
    return printed(flags ? `EnumSet.of(${constants.join(', ')})` : constants.join(''), { imports, issues: unknownMembers(members, type.members, type.name) });
  };
}

export const javaLiterals: LiteralPrinters<JavaImport> = {
  'Edm.String': (value) => {
    const s = stringOf(value);
    return printed(q(s.ok ? s.value : textOf(value)), { issues: s.issues });
  },
  'Edm.Boolean': (value) => {
    const b = parseBoolean(value);
    if (b.ok) return printed(String(b.value), { issues: b.issues });
    // A boolean has no value that fails at run time like the request would: `false` keeps the snippet compiling.
    return printed('false', { issues: [...b.issues, { kind: 'unrepresentable', message: `'${textOf(value)}' is printed as false` }] });
  },
  'Edm.Byte': integer('Edm.Byte', (t) => `(byte) ${t}`),
  'Edm.SByte': integer('Edm.SByte', (t) => `(byte) ${t}`),
  'Edm.Int16': integer('Edm.Int16', (t) => t),
  'Edm.Int32': integer('Edm.Int32', (t) => t),
  'Edm.Int64': integer('Edm.Int64', (t) => `${t}L`),
  'Edm.Single': real('f'),
  'Edm.Double': real('d'),
  'Edm.Decimal': (value) => {
    const parsed = parseNumber(value);
    return printed(`new BigDecimal(${q(parsed.ok ? parsed.value.text : textOf(value))})`, { imports: [imp('java.math.BigDecimal')], issues: parsed.issues });
  },
  'Edm.Guid': (value) => {
    const text = textOf(value);
    return printed(`UUID.fromString(${q(text)})`, {
      imports: [imp('java.util.UUID')],
      issues: isGuid(text) ? [] : [{ kind: 'invalid-value', message: `'${text}' is not a GUID` }],
    });
  },
  'Edm.Date': (value) => {
    const parsed = parseDate(textOf(value));
    if (!parsed.ok) return printed(`LocalDate.parse(${q(textOf(value))})`, { imports: [imp('java.time.LocalDate')], issues: parsed.issues });
    const { year, month, day } = parsed.value;
    return printed(`LocalDate.of(${year}, ${month}, ${day})`, { imports: [imp('java.time.LocalDate')], issues: parsed.issues });
  },
  'Edm.DateTimeOffset': (value) => {
    const parsed = parseDateTime(textOf(value));
    return printed(`OffsetDateTime.parse(${q(parsed.ok ? parsed.value.text : textOf(value))})`, { imports: [imp('java.time.OffsetDateTime')], issues: parsed.issues });
  },
  'Edm.TimeOfDay': (value) => {
    const parsed = parseTime(textOf(value));
    if (!parsed.ok) return printed(`LocalTime.parse(${q(textOf(value))})`, { imports: [imp('java.time.LocalTime')], issues: parsed.issues });
    const t = parsed.value;
    const nanos = Number(t.fraction.padEnd(9, '0').slice(0, 9));
    const args = nanos !== 0 ? [t.hour, t.minute, t.second, nanos] : t.second !== 0 ? [t.hour, t.minute, t.second] : [t.hour, t.minute];
    return printed(`LocalTime.of(${args.join(', ')})`, { imports: [imp('java.time.LocalTime')], issues: parsed.issues });
  },
  'Edm.Duration': (value) => {
    const text = textOf(value);
    const parsed = parseDuration(text);
    const kiota = imp('com.microsoft.kiota.PeriodAndDuration');
    if (!parsed.ok) return printed(`PeriodAndDuration.parse(${q(text)})`, { imports: [kiota], issues: parsed.issues });
    const d = parsed.value;
    const sign = d.negative ? '-' : '';
    const days = d.weeks * 7 + d.days;
    const time = `${d.hours ? `${d.hours}H` : ''}${d.minutes ? `${d.minutes}M` : ''}${d.seconds || d.fraction ? `${d.seconds}${d.fraction ? `.${d.fraction}` : ''}S` : ''}`;
    const durationText = `${sign}P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
    const hasDuration = days !== 0 || time !== '';
    const hasPeriod = d.years !== 0 || d.months !== 0;
    const duration = `Duration.parse(${q(hasDuration ? durationText : 'PT0S')})`;
    const period = `Period.of(${d.negative ? -d.years : d.years}, ${d.negative ? -d.months : d.months}, 0)`;
    if (hasPeriod && hasDuration) {
      return printed(`PeriodAndDuration.of(${period}, ${duration})`, { imports: [kiota, imp('java.time.Period'), imp('java.time.Duration')] });
    }
    if (hasPeriod) return printed(`PeriodAndDuration.ofPeriod(${period})`, { imports: [kiota, imp('java.time.Period')] });
    return printed(`PeriodAndDuration.ofDuration(${duration})`, { imports: [kiota, imp('java.time.Duration')] });
  },
  'Edm.Binary': (value) => {
    const fixed = lenientBase64(textOf(value));
    const text = fixed?.text ?? textOf(value);
    const fixedIssues = fixed ? [fixed.issue] : [];
    const info = parseBase64(text);
    if (info === null) {
      return printed(`${q(text)}.getBytes(StandardCharsets.UTF_8)`, {
        imports: [imp('java.nio.charset.StandardCharsets')],
        issues: [{ kind: 'invalid-value', message: `'${text}' is not base64: its UTF-8 bytes are sent` }],
      });
    }
    return printed(`Base64.${info.alphabet === 'url' ? 'getUrlDecoder' : 'getDecoder'}().decode(${q(text)})`, { imports: [imp('java.util.Base64')], issues: fixedIssues });
  },
  'Edm.Stream': (value) =>
    printed(`new ByteArrayInputStream(${q(textOf(value))}.getBytes(StandardCharsets.UTF_8))`, {
      imports: [imp('java.io.ByteArrayInputStream'), imp('java.nio.charset.StandardCharsets')],
    }),
  'Edm.Untyped': (value) => {
    const u = (cls: string, arg: string) => printed(`new ${cls}(${arg})`, { imports: [imp(`com.microsoft.kiota.serialization.${cls}`)] });
    if (value.kind === 'string') return u('UntypedString', q(value.value));
    if (value.kind === 'boolean') return u('UntypedBoolean', String(value.value));
    if (parseInteger(value, 'Edm.Int32').ok) return u('UntypedInteger', value.text);
    if (parseInteger(value, 'Edm.Int64').ok) return u('UntypedLong', `${value.text}L`);
    return u('UntypedDouble', `${value.text}d`);
  },
  enum: enumValue(false),
  flagsEnum: enumValue(true),
};
