/**
 * Printers for the targets that send the JSON value as written (JavaScript object literals,
 * PowerShell hashtables, the CLI's JSON body): every Edm type becomes the JSON scalar itself in the
 * language's spelling. The value is still checked against its type, so the same request gets the
 * same issues in every language.
 */
import type { LiteralIssue, LiteralKind, LiteralPrinters, PrintedLiteral, ScalarValue } from '../profile.js';
import { printed } from './print.js';
import { quoteString, type StringStyleName } from './strings.js';
import {
  enumMembers, isGuid, parseBase64, parseBoolean, parseDate, parseDateTime, parseDuration, parseInteger, parseNumber, parseTime, textOf, unknownMembers,
} from './values.js';

/** What a value of `kind` should look like; the value's own text is what is printed. */
export function checkValue(kind: LiteralKind, value: ScalarValue): readonly LiteralIssue[] {
  const text = textOf(value);
  switch (kind) {
    case 'Edm.String':
    case 'Edm.Stream':
    case 'Edm.Untyped':
    case 'enum':
    case 'flagsEnum':
      return [];
    case 'Edm.Boolean':
      return parseBoolean(value).issues;
    case 'Edm.Byte':
    case 'Edm.SByte':
    case 'Edm.Int16':
    case 'Edm.Int32':
    case 'Edm.Int64':
      return parseInteger(value, kind).issues;
    case 'Edm.Single':
    case 'Edm.Double':
    case 'Edm.Decimal':
      return parseNumber(value).issues;
    case 'Edm.Guid':
      return isGuid(text) ? [] : [{ kind: 'invalid-value', message: `'${text}' is not a GUID` }];
    case 'Edm.Date':
      return parseDate(text).issues.filter((i) => i.kind !== 'coerced');
    case 'Edm.DateTimeOffset':
      return parseDateTime(text).issues.filter((i) => i.kind !== 'coerced');
    case 'Edm.TimeOfDay':
      return parseTime(text).issues.filter((i) => i.kind !== 'coerced');
    case 'Edm.Duration':
      return parseDuration(text).issues;
    case 'Edm.Binary':
      return parseBase64(text) === null ? [{ kind: 'invalid-value', message: `'${text}' is not base64` }] : [];
  }
}

export interface RawSpelling {
  readonly string: StringStyleName;
  readonly true: string;
  readonly false: string;
  /** Extra checks for numbers (JavaScript: integers beyond 2^53 lose digits). */
  readonly numberIssues?: (text: string) => readonly LiteralIssue[];
}

/** The JSON scalar as it was written, spelled for the language. */
export function printRaw<I>(kind: LiteralKind, value: ScalarValue, spelling: RawSpelling, extraIssues: readonly LiteralIssue[] = []): PrintedLiteral<I> {
  const issues = [...checkValue(kind, value), ...extraIssues];
  switch (value.kind) {
    case 'string':
      return printed(quoteString(value.value, spelling.string), { issues });
    case 'boolean':
      return printed(value.value ? spelling.true : spelling.false, { issues });
    case 'number':
      return printed(value.text, { issues: [...issues, ...(spelling.numberIssues?.(value.text) ?? [])] });
  }
}

/** A full printer table for a raw-JSON target. */
export function rawLiterals<I>(spelling: RawSpelling): LiteralPrinters<I> {
  const one = (kind: LiteralKind) => (value: ScalarValue) => printRaw<I>(kind, value, spelling);
  const enumPrinter = (flags: boolean) => (value: ScalarValue, context: { enumType?: { name: string; members?: readonly string[] } }) => {
    const members = flags ? enumMembers(value) : [textOf(value)];
    const type = context.enumType;
    return printRaw<I>(flags ? 'flagsEnum' : 'enum', value, spelling, type === undefined ? [] : unknownMembers(members, type.members, type.name));
  };
  return {
    'Edm.String': one('Edm.String'),
    'Edm.Boolean': one('Edm.Boolean'),
    'Edm.Byte': one('Edm.Byte'),
    'Edm.SByte': one('Edm.SByte'),
    'Edm.Int16': one('Edm.Int16'),
    'Edm.Int32': one('Edm.Int32'),
    'Edm.Int64': one('Edm.Int64'),
    'Edm.Single': one('Edm.Single'),
    'Edm.Double': one('Edm.Double'),
    'Edm.Decimal': one('Edm.Decimal'),
    'Edm.Guid': one('Edm.Guid'),
    'Edm.Date': one('Edm.Date'),
    'Edm.DateTimeOffset': one('Edm.DateTimeOffset'),
    'Edm.TimeOfDay': one('Edm.TimeOfDay'),
    'Edm.Duration': one('Edm.Duration'),
    'Edm.Binary': one('Edm.Binary'),
    'Edm.Stream': one('Edm.Stream'),
    'Edm.Untyped': one('Edm.Untyped'),
    enum: enumPrinter(false),
    flagsEnum: enumPrinter(true),
  };
}
