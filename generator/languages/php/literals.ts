/**
 * PHP literals. Strings in single quotes unless they hold control characters (then double quotes
 * with `\$` escaped). Date/TimeOfDay use kiota's `Date`/`Time` types, date-times `\DateTime`,
 * durations `\DateInterval` (which has no fractions or signs: flagged), binary kiota's stream
 * (`Utils::streamFor(base64_decode(…))`, base64url re-spelled in the standard alphabet).
 */
import type { LiteralContext, LiteralPrinters, PhpUse, PrintedLiteral, ScalarValue } from '../profile.js';
import { printed } from '../shared/print.js';
import { hasLoneSurrogate, LONE_SURROGATE, quoteString } from '../shared/strings.js';
import {
  enumMembers, isGuid, lenientBase64, parseBase64, parseBoolean, parseDate, parseDateTime, parseDuration, parseInteger, parseNumber, parseTime, stringOf, textOf, unknownMembers,
  type IntegerKind,
} from '../shared/values.js';
import { phpModelsNamespace, phpNaming } from './naming.js';

type P = PrintedLiteral<PhpUse>;
const use = (qualifiedName: string): PhpUse => ({ lang: 'php', qualifiedName });
const UTILS = use('GuzzleHttp\\Psr7\\Utils');
const q = (text: string) => quoteString(text, 'php');

function number(read: (value: ScalarValue) => ReturnType<typeof parseNumber>) {
  return (value: ScalarValue): P => {
    const parsed = read(value);
    return printed(parsed.ok ? parsed.value.text : asWritten(value), { issues: parsed.issues });
  };
}

/** A value that does not parse as its type, as written: a string literal (a bare `Boolean` would be a constant, or not parse). */
const asWritten = (value: ScalarValue): string => (value.kind === 'string' ? q(value.value) : textOf(value));
const integer = (kind: IntegerKind) => number((v) => parseInteger(v, kind));

function enumValue(flags: boolean) {
  return (value: ScalarValue, context: LiteralContext): P => {
    const type = context.enumType;
    if (type === undefined) throw new Error('internal: enum literal printed without its enum type');
    const typeName = phpNaming.typeName(type);
    const members = flags ? enumMembers(value) : [textOf(value)];
    return printed(`new ${typeName}(${q(members.join(','))})`, {
      imports: [use(`${phpModelsNamespace(type, context.api)}\\${typeName}`)],
      issues: unknownMembers(members, type.members, type.name),
    });
  };
}

export const phpLiterals: LiteralPrinters<PhpUse> = {
  'Edm.String': (value) => {
    const s = stringOf(value);
    const text = s.ok ? s.value : textOf(value);
    return printed(q(text), { issues: hasLoneSurrogate(text) ? [...s.issues, LONE_SURROGATE] : s.issues });
  },
  'Edm.Boolean': (value) => {
    const b = parseBoolean(value);
    return printed(b.ok ? String(b.value) : asWritten(value), { issues: b.issues });
  },
  // kiota's PHP maps Edm.Byte (OpenAPI `format: uint8`) to a string: `RgbColor::setR(?string $value)` (msgraph-sdk-php src/Generated/Models/RgbColor.php)
  'Edm.Byte': (value) => {
    const parsed = parseInteger(value, 'Edm.Byte');
    return printed(parsed.ok ? q(parsed.value.text) : asWritten(value), { issues: parsed.issues });
  },
  'Edm.SByte': integer('Edm.SByte'),
  'Edm.Int16': integer('Edm.Int16'),
  'Edm.Int32': integer('Edm.Int32'),
  'Edm.Int64': integer('Edm.Int64'),
  'Edm.Single': number(parseNumber),
  'Edm.Double': number(parseNumber),
  'Edm.Decimal': number(parseNumber),
  'Edm.Guid': (value) => {
    const text = textOf(value);
    return printed(q(text), { issues: isGuid(text) ? [] : [{ kind: 'invalid-value', message: `'${text}' is not a GUID` }] });
  },
  'Edm.Date': (value) => {
    const parsed = parseDate(textOf(value));
    const text = parsed.ok ? `${parsed.value.year}-${String(parsed.value.month).padStart(2, '0')}-${String(parsed.value.day).padStart(2, '0')}` : textOf(value);
    return printed(`new Date(${q(text)})`, { imports: [use('Microsoft\\Kiota\\Abstractions\\Types\\Date')], issues: parsed.issues });
  },
  'Edm.DateTimeOffset': (value) => {
    const parsed = parseDateTime(textOf(value));
    return printed(`new \\DateTime(${q(parsed.ok ? parsed.value.text : textOf(value))})`, { issues: parsed.issues });
  },
  'Edm.TimeOfDay': (value) => {
    const parsed = parseTime(textOf(value));
    const pad = (n: number) => String(n).padStart(2, '0');
    const text = parsed.ok ? `${pad(parsed.value.hour)}:${pad(parsed.value.minute)}:${pad(parsed.value.second)}${parsed.value.fraction ? `.${parsed.value.fraction}` : ''}` : textOf(value);
    return printed(`new Time(${q(text)})`, { imports: [use('Microsoft\\Kiota\\Abstractions\\Types\\Time')], issues: parsed.issues });
  },
  'Edm.Duration': (value) => {
    const text = textOf(value);
    const parsed = parseDuration(text);
    if (parsed.ok && (parsed.value.negative || parsed.value.fraction !== '')) {
      return printed(`new \\DateInterval(${q(text)})`, { issues: [{ kind: 'unrepresentable', message: `\\DateInterval rejects signs and fractional seconds in '${text}'` }] });
    }
    return printed(`new \\DateInterval(${q(text)})`, { issues: parsed.issues });
  },
  'Edm.Binary': (value) => {
    const fixed = lenientBase64(textOf(value));
    const text = fixed?.text ?? textOf(value);
    const fixedIssues = fixed ? [fixed.issue] : [];
    const info = parseBase64(text);
    if (info === null) return printed(`Utils::streamFor(${q(text)})`, { imports: [UTILS], issues: [{ kind: 'invalid-value', message: `'${text}' is not base64: its bytes are sent as they are` }] });
    return printed(`Utils::streamFor(base64_decode(${q(info.standard)}))`, { imports: [UTILS], issues: fixedIssues });
  },
  'Edm.Stream': (value) => printed(`Utils::streamFor(${q(textOf(value))})`, { imports: [UTILS] }),
  'Edm.Untyped': (value) => (value.kind === 'string' ? printed(q(value.value)) : printed(textOf(value))),
  enum: enumValue(false),
  flagsEnum: enumValue(true),
};
