/** Every Edm kind in every language: exact code, imports (as printed lines), prelude and issue kinds. */
import { LANGUAGES, languageById, type LanguageId } from '../../generator/languages/index.js';
import type { LiteralKind, ScalarValue } from '../../generator/languages/profile.js';
import { EDM_PRIMITIVES } from '../../generator/schema/edm.js';

const S = (value: string): ScalarValue => ({ kind: 'string', value });
const N = (text: string): ScalarValue => ({ kind: 'number', text });

const SAMPLES: Record<LiteralKind, ScalarValue> = {
  'Edm.String': S('x'),
  'Edm.Boolean': { kind: 'boolean', value: true },
  'Edm.Byte': N('7'),
  'Edm.SByte': N('-7'),
  'Edm.Int16': N('300'),
  'Edm.Int32': N('1'),
  'Edm.Int64': N('10'),
  'Edm.Single': N('1.5'),
  'Edm.Double': N('2.25'),
  'Edm.Decimal': N('3.10'),
  'Edm.Guid': S('1f2e3d4c-0000-1111-2222-333344445555'),
  'Edm.Date': S('2020-09-08T12:02:30.667Z'),
  'Edm.DateTimeOffset': S('2020-09-08T12:02:30.667-07:00'),
  'Edm.TimeOfDay': S('08:30:15'),
  'Edm.Duration': S('P30D'),
  'Edm.Binary': S('aGVsbG8_-w'),
  'Edm.Stream': S('hi'),
  'Edm.Untyped': N('5'),
  enum: S('weekly'),
  flagsEnum: S('apps,tabs'),
};

type Row = [code: string, imports?: string[], issues?: string[], prelude?: string[]];
const GO_SER = '"github.com/microsoft/kiota-abstractions-go/serialization"';

const EXPECTED: Record<LanguageId, Record<LiteralKind, Row>> = {
  csharp: {
    'Edm.String': ['"x"'],
    'Edm.Boolean': ['true'],
    'Edm.Byte': ['7'],
    'Edm.SByte': ['-7'],
    'Edm.Int16': ['300'],
    'Edm.Int32': ['1'],
    'Edm.Int64': ['10L'],
    'Edm.Single': ['1.5f'],
    'Edm.Double': ['2.25d'],
    'Edm.Decimal': ['3.10m'],
    'Edm.Guid': ['Guid.Parse("1f2e3d4c-0000-1111-2222-333344445555")', ['using System;']],
    'Edm.Date': ['new Date(2020, 9, 8)', ['using Microsoft.Kiota.Abstractions;'], ['coerced']],
    'Edm.DateTimeOffset': ['DateTimeOffset.Parse("2020-09-08T12:02:30.667-07:00")', ['using System;']],
    'Edm.TimeOfDay': ['new Time(8, 30, 15)', ['using Microsoft.Kiota.Abstractions;']],
    'Edm.Duration': ['TimeSpan.FromDays(30)', ['using System;']],
    'Edm.Binary': ['Convert.FromBase64String("aGVsbG8/+w==")', ['using System;']],
    'Edm.Stream': ['new MemoryStream(Encoding.UTF8.GetBytes("hi"))', ['using System.IO;', 'using System.Text;']],
    'Edm.Untyped': ['new UntypedInteger(5)', ['using Microsoft.Kiota.Abstractions.Serialization;']],
    enum: ['RecurrencePatternType.Weekly', ['using Microsoft.Graph.Models;']],
    flagsEnum: ['ClonableTeamParts.Apps | ClonableTeamParts.Tabs', ['using Microsoft.Graph.Models;']],
  },
  go: {
    'Edm.String': ['"x"'],
    'Edm.Boolean': ['true'],
    'Edm.Byte': ['byte(7)'],
    'Edm.SByte': ['int8(-7)'],
    'Edm.Int16': ['int32(300)'],
    'Edm.Int32': ['int32(1)'],
    'Edm.Int64': ['int64(10)'],
    'Edm.Single': ['float32(1.5)'],
    'Edm.Double': ['float64(2.25)'],
    'Edm.Decimal': ['float64(3.10)'],
    'Edm.Guid': ['uuid.MustParse("1f2e3d4c-0000-1111-2222-333344445555")', ['"github.com/google/uuid"']],
    'Edm.Date': ['serialization.NewDateOnly(time.Date(2020, time.September, 8, 0, 0, 0, 0, time.UTC))', [GO_SER, '"time"'], ['coerced']],
    'Edm.DateTimeOffset': ['time.Date(2020, time.September, 8, 12, 2, 30, 667000000, time.FixedZone("", -25200))', ['"time"']],
    'Edm.TimeOfDay': ['serialization.NewTimeOnly(time.Date(0, time.January, 1, 8, 30, 15, 0, time.UTC))', [GO_SER, '"time"']],
    'Edm.Duration': ['serialization.NewDuration(0, 0, 30, 0, 0, 0, 0)', [GO_SER]],
    'Edm.Binary': ['startDate', ['"encoding/base64"', '"log"'], [], ['startDate, err := base64.RawURLEncoding.DecodeString("aGVsbG8_-w")', 'if err != nil {', '\tlog.Fatal(err)', '}']],
    'Edm.Stream': ['[]byte("hi")'],
    'Edm.Untyped': ['serialization.NewUntypedInteger(int32(5))', [GO_SER]],
    enum: ['graphmodels.WEEKLY_RECURRENCEPATTERNTYPE', ['graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"']],
    flagsEnum: ['graphmodels.ClonableTeamParts(graphmodels.APPS_CLONABLETEAMPARTS | graphmodels.TABS_CLONABLETEAMPARTS)', ['graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"']],
  },
  java: {
    'Edm.String': ['"x"'],
    'Edm.Boolean': ['true'],
    'Edm.Byte': ['(byte) 7'],
    'Edm.SByte': ['(byte) -7'],
    'Edm.Int16': ['300'],
    'Edm.Int32': ['1'],
    'Edm.Int64': ['10L'],
    'Edm.Single': ['1.5f'],
    'Edm.Double': ['2.25d'],
    'Edm.Decimal': ['new BigDecimal("3.10")', ['import java.math.BigDecimal;']],
    'Edm.Guid': ['UUID.fromString("1f2e3d4c-0000-1111-2222-333344445555")', ['import java.util.UUID;']],
    'Edm.Date': ['LocalDate.of(2020, 9, 8)', ['import java.time.LocalDate;'], ['coerced']],
    'Edm.DateTimeOffset': ['OffsetDateTime.parse("2020-09-08T12:02:30.667-07:00")', ['import java.time.OffsetDateTime;']],
    'Edm.TimeOfDay': ['LocalTime.of(8, 30, 15)', ['import java.time.LocalTime;']],
    'Edm.Duration': ['PeriodAndDuration.ofDuration(Duration.parse("P30D"))', ['import com.microsoft.kiota.PeriodAndDuration;', 'import java.time.Duration;']],
    'Edm.Binary': ['Base64.getUrlDecoder().decode("aGVsbG8_-w")', ['import java.util.Base64;']],
    'Edm.Stream': ['new ByteArrayInputStream("hi".getBytes(StandardCharsets.UTF_8))', ['import java.io.ByteArrayInputStream;', 'import java.nio.charset.StandardCharsets;']],
    'Edm.Untyped': ['new UntypedInteger(5)', ['import com.microsoft.kiota.serialization.UntypedInteger;']],
    enum: ['RecurrencePatternType.Weekly', ['import com.microsoft.graph.models.RecurrencePatternType;']],
    flagsEnum: ['EnumSet.of(ClonableTeamParts.Apps, ClonableTeamParts.Tabs)', ['import com.microsoft.graph.models.ClonableTeamParts;', 'import java.util.EnumSet;']],
  },
  javascript: {
    'Edm.String': ["'x'"],
    'Edm.Boolean': ['true'],
    'Edm.Byte': ['7'],
    'Edm.SByte': ['-7'],
    'Edm.Int16': ['300'],
    'Edm.Int32': ['1'],
    'Edm.Int64': ['10'],
    'Edm.Single': ['1.5'],
    'Edm.Double': ['2.25'],
    'Edm.Decimal': ['3.10'],
    'Edm.Guid': ["'1f2e3d4c-0000-1111-2222-333344445555'"],
    'Edm.Date': ["'2020-09-08T12:02:30.667Z'"],
    'Edm.DateTimeOffset': ["'2020-09-08T12:02:30.667-07:00'"],
    'Edm.TimeOfDay': ["'08:30:15'"],
    'Edm.Duration': ["'P30D'"],
    'Edm.Binary': ["'aGVsbG8_-w'"],
    'Edm.Stream': ["'hi'"],
    'Edm.Untyped': ['5'],
    enum: ["'weekly'"],
    flagsEnum: ["'apps,tabs'"],
  },
  php: {
    'Edm.String': ["'x'"],
    'Edm.Boolean': ['true'],
    'Edm.Byte': ["'7'"], // kiota's PHP declares Edm.Byte as string (RgbColor::setR)
    'Edm.SByte': ['-7'],
    'Edm.Int16': ['300'],
    'Edm.Int32': ['1'],
    'Edm.Int64': ['10'],
    'Edm.Single': ['1.5'],
    'Edm.Double': ['2.25'],
    'Edm.Decimal': ['3.10'],
    'Edm.Guid': ["'1f2e3d4c-0000-1111-2222-333344445555'"],
    'Edm.Date': ["new Date('2020-09-08')", ['use Microsoft\\Kiota\\Abstractions\\Types\\Date;'], ['coerced']],
    'Edm.DateTimeOffset': ["new \\DateTime('2020-09-08T12:02:30.667-07:00')"],
    'Edm.TimeOfDay': ["new Time('08:30:15')", ['use Microsoft\\Kiota\\Abstractions\\Types\\Time;']],
    'Edm.Duration': ["new \\DateInterval('P30D')"],
    'Edm.Binary': ["Utils::streamFor(base64_decode('aGVsbG8/+w=='))", ['use GuzzleHttp\\Psr7\\Utils;']],
    'Edm.Stream': ["Utils::streamFor('hi')", ['use GuzzleHttp\\Psr7\\Utils;']],
    'Edm.Untyped': ['5'],
    enum: ["new RecurrencePatternType('weekly')", ['use Microsoft\\Graph\\Generated\\Models\\RecurrencePatternType;']],
    flagsEnum: ["new ClonableTeamParts('apps,tabs')", ['use Microsoft\\Graph\\Generated\\Models\\ClonableTeamParts;']],
  },
  powershell: {
    'Edm.String': ["'x'"],
    'Edm.Boolean': ['$true'],
    'Edm.Byte': ['7'],
    'Edm.SByte': ['-7'],
    'Edm.Int16': ['300'],
    'Edm.Int32': ['1'],
    'Edm.Int64': ['10'],
    'Edm.Single': ['1.5'],
    'Edm.Double': ['2.25'],
    'Edm.Decimal': ['3.10'],
    'Edm.Guid': ["'1f2e3d4c-0000-1111-2222-333344445555'"],
    'Edm.Date': ["'2020-09-08T12:02:30.667Z'"],
    'Edm.DateTimeOffset': ["'2020-09-08T12:02:30.667-07:00'"],
    'Edm.TimeOfDay': ["'08:30:15'"],
    'Edm.Duration': ["'P30D'"],
    'Edm.Binary': ["'aGVsbG8_-w'"],
    'Edm.Stream': ["'hi'"],
    'Edm.Untyped': ['5'],
    enum: ["'weekly'"],
    flagsEnum: ["'apps,tabs'"],
  },
  python: {
    'Edm.String': ['"x"'],
    'Edm.Boolean': ['True'],
    'Edm.Byte': ['7'],
    'Edm.SByte': ['-7'],
    'Edm.Int16': ['300'],
    'Edm.Int32': ['1'],
    'Edm.Int64': ['10'],
    'Edm.Single': ['1.5'],
    'Edm.Double': ['2.25'],
    'Edm.Decimal': ['3.10'],
    'Edm.Guid': ['UUID("1f2e3d4c-0000-1111-2222-333344445555")', ['from uuid import UUID']],
    'Edm.Date': ['date(2020, 9, 8)', ['from datetime import date'], ['coerced']],
    'Edm.DateTimeOffset': ['datetime(2020, 9, 8, 12, 2, 30, 667000, tzinfo=timezone(timedelta(hours=-7)))', ['from datetime import datetime', 'from datetime import timezone', 'from datetime import timedelta']],
    'Edm.TimeOfDay': ['time(8, 30, 15)', ['from datetime import time']],
    'Edm.Duration': ['timedelta(days=30)', ['from datetime import timedelta']],
    'Edm.Binary': ['base64.urlsafe_b64decode("aGVsbG8_-w==")', ['import base64']],
    'Edm.Stream': ['"hi".encode("utf-8")'],
    'Edm.Untyped': ['5'],
    enum: ['RecurrencePatternType.Weekly', ['from msgraph.generated.models.recurrence_pattern_type import RecurrencePatternType']],
    flagsEnum: ['[ClonableTeamParts.Apps, ClonableTeamParts.Tabs]', ['from msgraph.generated.models.clonable_team_parts import ClonableTeamParts'], ['unrepresentable']],
  },
  cli: {
    'Edm.String': ['"x"'],
    'Edm.Boolean': ['true'],
    'Edm.Byte': ['7'],
    'Edm.SByte': ['-7'],
    'Edm.Int16': ['300'],
    'Edm.Int32': ['1'],
    'Edm.Int64': ['10'],
    'Edm.Single': ['1.5'],
    'Edm.Double': ['2.25'],
    'Edm.Decimal': ['3.10'],
    'Edm.Guid': ['"1f2e3d4c-0000-1111-2222-333344445555"'],
    'Edm.Date': ['"2020-09-08T12:02:30.667Z"'],
    'Edm.DateTimeOffset': ['"2020-09-08T12:02:30.667-07:00"'],
    'Edm.TimeOfDay': ['"08:30:15"'],
    'Edm.Duration': ['"P30D"'],
    'Edm.Binary': ['"aGVsbG8_-w"'],
    'Edm.Stream': ['"hi"'],
    'Edm.Untyped': ['5'],
    enum: ['"weekly"'],
    flagsEnum: ['"apps,tabs"'],
  },
};

function print(id: LanguageId, kind: LiteralKind, value: ScalarValue, enumName = kind === 'enum' ? 'recurrencePatternType' : 'clonableTeamParts', api: 'v1.0' | 'beta' = 'v1.0') {
  const language = languageById(id);
  const printer = language.literals[kind] as (v: ScalarValue, c: object) => { code: string; imports: readonly object[]; prelude: readonly string[]; issues: readonly { kind: string }[]; pointer: boolean };
  const result = printer(value, { api, names: language.newNamer(), hint: 'startDate', enumType: { namespace: 'microsoft.graph', name: enumName } });
  const format = language.formatImport as (i: object) => string;
  return { code: result.code, imports: result.imports.map(format), issues: result.issues.map((i) => i.kind), prelude: [...result.prelude], pointer: result.pointer };
}

describe.each(LANGUAGES.map((l) => l.id))('%s literals', (id) => {
  test.each([...EDM_PRIMITIVES, 'enum', 'flagsEnum'] as LiteralKind[])('%s', (kind) => {
    const [code, imports = [], issues = [], prelude = []] = EXPECTED[id][kind];
    const got = print(id, kind, SAMPLES[kind]);
    expect({ code: got.code, imports: got.imports, issues: got.issues, prelude: got.prelude }).toEqual({ code, imports, issues, prelude });
  });
});

describe('value shapes that the old generator got wrong', () => {
  test('C# durations are built from parts, never TimeSpan.Parse', () => {
    expect(print('csharp', 'Edm.Duration', S('PT1H30M')).code).toBe('new TimeSpan(0, 1, 30, 0)');
    expect(print('csharp', 'Edm.Duration', S('PT1H')).code).toBe('TimeSpan.FromHours(1)');
    expect(print('csharp', 'Edm.Duration', S('PT0.5S')).code).toBe('TimeSpan.FromMilliseconds(500)');
    expect(print('csharp', 'Edm.Duration', S('P1Y'))).toMatchObject({ code: 'XmlConvert.ToTimeSpan("P1Y")', imports: ['using System.Xml;'], issues: ['lossy'] });
  });
  test('Java periods and mixed durations', () => {
    expect(print('java', 'Edm.Duration', S('P1Y2M')).code).toBe('PeriodAndDuration.ofPeriod(Period.of(1, 2, 0))');
    expect(print('java', 'Edm.Duration', S('P1MT2H')).code).toBe('PeriodAndDuration.of(Period.of(0, 1, 0), Duration.parse("PT2H"))');
    expect(print('java', 'Edm.Duration', S('P2W')).code).toBe('PeriodAndDuration.ofDuration(Duration.parse("P14D"))');
    expect(print('java', 'Edm.Binary', S('aGk+Lw==')).code).toBe('Base64.getDecoder().decode("aGk+Lw==")');
  });
  test('a date-time given for Edm.Date prints a date, never LocalDate.parse of a date-time', () => {
    expect(print('java', 'Edm.Date', S('2020-05-04T00:00:00.000Z')).code).toBe('LocalDate.of(2020, 5, 4)');
    expect(print('python', 'Edm.Date', S('2020-05-04')).issues).toEqual([]);
  });
  test('date-times without offset are UTC (coerced), UTC prints timezone.utc', () => {
    expect(print('python', 'Edm.DateTimeOffset', S('2017-09-04T12:00:00'))).toMatchObject({
      code: 'datetime(2017, 9, 4, 12, 0, 0, tzinfo=timezone.utc)',
      issues: ['coerced'],
    });
    expect(print('java', 'Edm.DateTimeOffset', S('2017-09-04T12:00:00')).code).toBe('OffsetDateTime.parse("2017-09-04T12:00:00Z")');
    expect(print('go', 'Edm.DateTimeOffset', S('2017-09-04T12:00:00.1234567Z')).code).toBe('time.Date(2017, time.September, 4, 12, 0, 0, 123456700, time.UTC)');
  });
  test('invalid values are flagged and still print something that compiles', () => {
    expect(print('csharp', 'Edm.Guid', S('String'))).toMatchObject({ code: 'Guid.Parse("String")', issues: ['invalid-value'] });
    expect(print('go', 'Edm.Int32', S('abc')).issues).toEqual(['invalid-value']);
    expect(print('csharp', 'Edm.Int32', N('2147483648')).issues).toEqual(['invalid-value']);
    expect(print('python', 'Edm.Binary', S('not base64!'))).toMatchObject({ code: '"not base64!".encode("utf-8")', issues: ['invalid-value'] });
    expect(print('javascript', 'Edm.Int64', N('9007199254740993')).issues).toEqual(['lossy']);
  });
  test('Go durations with months are parsed in a checked prelude; the namer names the variable', () => {
    const got = print('go', 'Edm.Duration', S('P1M'));
    expect(got.code).toBe('startDate');
    expect(got.prelude[0]).toBe('startDate, err := serialization.ParseISODuration("P1M")');
    expect(got.issues).toEqual(['unrepresentable']);
  });
  test('beta and sub-namespace imports', () => {
    expect(print('python', 'enum', S('weekly'), 'recurrencePatternType', 'beta').imports).toEqual(['from msgraph_beta.generated.models.recurrence_pattern_type import RecurrencePatternType']);
    expect(print('go', 'enum', S('weekly'), 'recurrencePatternType', 'beta').imports).toEqual(['graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"']);
    expect(print('php', 'enum', S('weekly'), 'recurrencePatternType', 'beta').imports).toEqual(['use Microsoft\\Graph\\Beta\\Generated\\Models\\RecurrencePatternType;']);
    expect(print('java', 'enum', S('weekly'), 'recurrencePatternType', 'beta').imports).toEqual(['import com.microsoft.graph.beta.models.RecurrencePatternType;']);
    expect(print('csharp', 'enum', S('weekly'), 'recurrencePatternType', 'beta').imports).toEqual(['using Microsoft.Graph.Beta.Models;']);
  });
  test('unknown enum members are flagged, never replaced by the first member', () => {
    const language = languageById('csharp');
    const result = language.literals.enum(S('fortnightly'), {
      api: 'v1.0', names: language.newNamer(), hint: 'type', enumType: { namespace: 'microsoft.graph', name: 'recurrencePatternType', members: ['daily', 'weekly'] },
    });
    expect(result.code).toBe('RecurrencePatternType.Fortnightly');
    expect(result.issues.map((i) => i.kind)).toEqual(['invalid-value']);
  });
});
