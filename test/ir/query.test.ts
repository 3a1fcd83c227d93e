import { parseQuery } from '../../generator/ir/query.js';
import type { QueryOptions } from '../../generator/ir/types.js';
import { atLine1, messages, page, place } from './support.js';

function query(text: string): { query: QueryOptions; messages: string[] } {
  const file = page();
  return { query: parseQuery(text, file, atLine1), messages: messages(file) };
}

const p = (column: number) => place(1, column, column - 1);

describe('OData query options', () => {
  test('$select, $filter, $top, $skip, $count, $orderby: structure, order and places', () => {
    expect(query("$select=id,displayName&$filter=startswith(displayName,'a,b')&$top=5&$skip=10&$count=true&$orderby=displayName desc,id")).toEqual({
      query: {
        select: ['id', 'displayName'],
        filter: "startswith(displayName,'a,b')",
        top: 5,
        skip: 10,
        count: true,
        orderby: [
          { property: 'displayName', direction: 'desc' },
          { property: 'id', direction: null },
        ],
        custom: [],
        order: [
          { name: '$select', spelling: '$select', rawValue: 'id,displayName', value: 'id,displayName', place: p(1) },
          { name: '$filter', spelling: '$filter', rawValue: "startswith(displayName,'a,b')", value: "startswith(displayName,'a,b')", place: p(24) },
          { name: '$top', spelling: '$top', rawValue: '5', value: '5', place: p(62) },
          { name: '$skip', spelling: '$skip', rawValue: '10', value: '10', place: p(69) },
          { name: '$count', spelling: '$count', rawValue: 'true', value: 'true', place: p(78) },
          { name: '$orderby', spelling: '$orderby', rawValue: 'displayName desc,id', value: 'displayName desc,id', place: p(90) },
        ],
      },
      messages: [],
    });
  });

  test('percent-encoded names and values: %24select, %20, %27', () => {
    expect(query('%24select=id&$filter=(originSystem+eq+%27AadGroup%27)%20and%20x')).toMatchObject({
      query: {
        select: ['id'],
        filter: "(originSystem eq 'AadGroup') and x",
        order: [{ name: '$select', spelling: '%24select', place: p(1) }, { name: '$filter', spelling: '$filter', place: p(14) }],
      },
      messages: [],
    });
  });

  test("'+' is a space outside quotes, itself inside quotes and in a time-zone offset; %2B is a plus", () => {
    expect(query("$filter=hasMembersWithLicenseErrors+eq+true").query.filter).toBe('hasMembersWithLicenseErrors eq true');
    expect(query("$filter=name+eq+'a+b'").query.filter).toBe("name eq 'a+b'");
    expect(query('$filter=start/dateTime+ge+2019-03-11T00:00:00+01:00').query.filter).toBe('start/dateTime ge 2019-03-11T00:00:00+01:00');
    expect(query('$search="C+%2B+C%2B%2B"').query.search).toBe('"C+%2B+C%2B%2B"'.replace(/%2B/g, '+'));
    expect(query('$search=a+b%2Bc').query.search).toBe('a b+c');
  });

  test('options without $: read as system options (info), except format and id', () => {
    expect(query('select=name,lastModifiedDateTime&expand=columns(select=name,description)&format=pdf&id=1')).toEqual({
      query: {
        select: ['name', 'lastModifiedDateTime'],
        expand: [
          {
            path: 'columns',
            options: {
              select: ['name', 'description'],
              custom: [],
              order: [{ name: '$select', spelling: 'select', rawValue: 'name,description', value: 'name,description', place: p(49) }],
            },
            place: p(41),
          },
        ],
        custom: [
          { name: 'format', value: 'pdf', place: p(74) },
          { name: 'id', value: '1', place: p(85) },
        ],
        order: [
          { name: '$select', spelling: 'select', rawValue: 'name,lastModifiedDateTime', value: 'name,lastModifiedDateTime', place: p(1) },
          { name: '$expand', spelling: 'expand', rawValue: 'columns(select=name,description)', value: 'columns(select=name,description)', place: p(34) },
          { name: 'format', spelling: 'format', rawValue: 'pdf', value: 'pdf', place: p(74) },
          { name: 'id', spelling: 'id', rawValue: '1', value: '1', place: p(85) },
        ],
      },
      messages: [
        "test.md:1:1: info 'select' is read as the system query option '$select' [ir:query-missing-dollar]",
        "test.md:1:34: info 'expand' is read as the system query option '$expand' [ir:query-missing-dollar]",
        "test.md:1:49: info 'select' is read as the system query option '$select' [ir:query-missing-dollar]",
      ],
    });
  });

  test('$expand nests its own options recursively, with ; separators and places', () => {
    const { query: q, messages: m } = query("$expand=members($select=id,displayName;$filter=startswith(displayName,'A');$expand=manager($select=id)),owners");
    expect(m).toEqual([]);
    expect(q.expand).toEqual([
      {
        path: 'members',
        options: {
          select: ['id', 'displayName'],
          filter: "startswith(displayName,'A')",
          expand: [
            {
              path: 'manager',
              options: {
                select: ['id'],
                custom: [],
                order: [{ name: '$select', spelling: '$select', rawValue: 'id', value: 'id', place: p(92) }],
              },
              place: p(84),
            },
          ],
          custom: [],
          order: [
            { name: '$select', spelling: '$select', rawValue: 'id,displayName', value: 'id,displayName', place: p(17) },
            { name: '$filter', spelling: '$filter', rawValue: "startswith(displayName,'A')", value: "startswith(displayName,'A')", place: p(40) },
            { name: '$expand', spelling: '$expand', rawValue: 'manager($select=id)', value: 'manager($select=id)', place: p(76) },
          ],
        },
        place: p(9),
      },
      { path: 'owners', options: null, place: p(105) },
    ]);
  });

  test('percent-encoded nested options keep exact places in the raw text', () => {
    const { query: q } = query("$expand=extensions($filter=id%20eq%20'Com.Contoso.Referral')");
    expect(q.expand).toEqual([
      {
        path: 'extensions',
        options: {
          filter: "id eq 'Com.Contoso.Referral'",
          custom: [],
          order: [{ name: '$filter', spelling: '$filter', rawValue: "id eq 'Com.Contoso.Referral'", value: "id eq 'Com.Contoso.Referral'", place: p(20) }],
        },
        place: p(9),
      },
    ]);
  });

  test('$search keeps its quotes; skip/delta tokens in both spellings; $format; $id', () => {
    expect(query('$search="hermaini hall"&$skiptoken=X1&$deltaToken=Y2&$format=json&$id=https://graph.microsoft.com/v1.0/users/{id}').query).toMatchObject({
      search: '"hermaini hall"',
      skipToken: 'X1',
      deltaToken: 'Y2',
      format: 'json',
      id: 'https://graph.microsoft.com/v1.0/users/{id}',
      custom: [],
    });
    expect(query('$skipToken=a&$DeltaToken=b').query).toMatchObject({ skipToken: 'a', deltaToken: 'b' });
  });

  test('custom options are kept in order, decoded', () => {
    expect(query('startDateTime=2019-04-08T09:00:00.0000000&endDateTime={end_datetime}&$top=2').query).toMatchObject({
      top: 2,
      custom: [
        { name: 'startDateTime', value: '2019-04-08T09:00:00.0000000', place: p(1) },
        { name: 'endDateTime', value: '{end_datetime}', place: p(43) },
      ],
    });
  });

  test('non-numeric $top/$skip and non-boolean $count: reported, kept as custom', () => {
    expect(query('$top={n}&$skip=ten&$count=yes')).toMatchObject({
      query: {
        custom: [
          { name: '$top', value: '{n}', place: p(1) },
          { name: '$skip', value: 'ten', place: p(10) },
          { name: '$count', value: 'yes', place: p(20) },
        ],
      },
      messages: [
        "test.md:1:6: warning $top '{n}' is not a non-negative integer: kept as a custom option [ir:query-invalid-value]",
        "test.md:1:16: warning $skip 'ten' is not a non-negative integer: kept as a custom option [ir:query-invalid-value]",
        "test.md:1:27: warning $count 'yes' is not true or false: kept as a custom option [ir:query-invalid-value]",
      ],
    });
    expect(query('$top=5').query.custom).toEqual([]);
  });

  test('bad $orderby directions are kept as custom', () => {
    expect(query('$orderby=name upward').messages).toEqual([
      "test.md:1:10: warning $orderby 'name upward' is not a list of 'property [asc|desc]': kept as a custom option [ir:query-invalid-value]",
    ]);
  });

  test('duplicates: reported, the first wins', () => {
    expect(query('$top=1&$select=id&$top=2&%24top=3&a=1&a=2')).toMatchObject({
      query: { top: 1, select: ['id'], custom: [{ name: 'a', value: '1' }, { name: 'a', value: '2' }] },
      messages: [
        "test.md:1:19: warning query option '$top' is given twice; the first one is used [ir:query-duplicate-option]",
        "test.md:1:26: warning query option '$top' is given twice; the first one is used [ir:query-duplicate-option]",
        "test.md:1:39: warning query option 'a' is given twice; the first one is used [ir:query-duplicate-option]",
      ],
    });
  });

  test('spaces around the name, empty options, an option without a value', () => {
    expect(query("$filter = principalIds/any(x:x eq '564a')&&$count")).toEqual({
      query: {
        filter: "principalIds/any(x:x eq '564a')",
        custom: [{ name: '$count', value: '', place: p(44) }],
        order: [
          { name: '$filter', spelling: '$filter', rawValue: " principalIds/any(x:x eq '564a')", value: " principalIds/any(x:x eq '564a')", place: p(1) },
          { name: '$count', spelling: '$count', rawValue: '', value: '', place: p(44) },
        ],
      },
      messages: [
        "test.md:1:1: info spaces around query option name '$filter' [ir:query-whitespace]",
        "test.md:1:43: info empty query option ('&&' or a trailing '&') [ir:query-empty-option]",
        "test.md:1:44: warning query option '$count' has no value [ir:query-option-without-value]",
      ],
    });
  });

  test("an '&' inside a quoted literal or parentheses does not split options", () => {
    expect(query("$filter=name eq 'A&B'&$select=id").query).toMatchObject({ filter: "name eq 'A&B'", select: ['id'] });
  });

  test('empty items and unclosed parentheses are reported', () => {
    expect(query('$select=id,,name&$expand=members($select=id').messages).toEqual([
      'test.md:1:12: warning empty item in $select [ir:query-invalid-value]',
      "test.md:1:33: warning '(' after 'members' in $expand is not closed [ir:query-invalid-value]",
    ]);
  });

  test("an unclosed '(' in $filter is an error at its place and does not swallow the options after it", () => {
    const { query: q, messages: m } = query("$filter=startswith(displayName,'a'&$top=abc&$select=");
    expect(m).toEqual([
      "test.md:1:19: error '(' in $filter is not closed; $filter is read up to the next '&' and the options after it as options [ir:query-unbalanced]",
      "test.md:1:41: warning $top 'abc' is not a non-negative integer: kept as a custom option [ir:query-invalid-value]",
      'test.md:1:53: warning empty item in $select [ir:query-invalid-value]',
    ]);
    expect(q.filter).toBe("startswith(displayName,'a'");
    expect(q.order.map((o) => o.name)).toEqual(['$filter', '$top', '$select']);
  });

  test('an unclosed quote in $filter is reported the same way; balanced text and custom options are left alone', () => {
    const { query: q, messages: m } = query("$filter=displayName eq 'a&$top=5");
    expect(m).toEqual(["test.md:1:24: error the quote ' in $filter is not closed; $filter is read up to the next '&' and the options after it as options [ir:query-unbalanced]"]);
    expect(q).toMatchObject({ filter: "displayName eq 'a", top: 5 });
    expect(query("$filter=name eq 'A&B' and (x eq 'y(')&$top=5").messages).toEqual([]);
    expect(query("name=O'Brien&b=1").query.custom.map((c) => c.name)).toEqual(['name']);
  });
});
