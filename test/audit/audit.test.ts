import { rm } from 'node:fs/promises';
import path from 'node:path';
import { auditExitCode, formatAuditGithub, formatAuditSarif, runAudit, unifiedDiff, type AuditReport } from '../../generator/commands/audit.js';
import { loadSchemas } from '../../generator/commands/schemas.js';
import { describeWithShared } from '../support/shared.js';
import { buildSeedTree } from './tree.js';

describeWithShared('audit of a docs tree built from the seeds', ['seeds'], (seeds) => {
  let root: string;
  let report: AuditReport;
  beforeAll(async () => {
    root = await buildSeedTree(seeds);
    report = await runAudit(root, { schemaFor: (await loadSchemas()).schemaFor });
  }, 60_000);
  afterAll(async () => rm(root, { recursive: true, force: true }));

  test('verdicts per request and snippet, with the rules of invalid ones', () => {
    const rel = (f: string): string => path.relative(root, f);
    const summary = report.requests.map((r) => ({
      request: r.name,
      snippets: r.snippets.map((s) => `${s.language} ${s.verdict} ${rel(s.file)}${s.verdict === 'invalid' ? ' ' + [...new Set(s.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))].sort().join(',') : ''}`),
      missing: r.missing.join(','),
      schema: r.schema.map((f) => `${f.line}:${f.column} ${f.ruleId}`),
    }));
    expect(summary).toEqual([
      {
        request: 'create_accessPackageAssignmentPolicy',
        snippets: ['python invalid includes/snippets/python/create-accesspackageassignmentpolicy-python-snippets.md check:python-undefined-name,check:syntax-error,check:syntax-missing'],
        missing: 'csharp,go,java,javascript,php,powershell,cli',
        schema: [],
      },
      {
        request: 'create_accessReviewScheduleDefinition',
        snippets: [
          'csharp drifted api/accessreviewset-post-definitions.md',
          'go invalid includes/snippets/go/create-accessreviewscheduledefinition-go-snippets.md check:go-keyword-identifier,check:go-no-new-variables,check:go-unquoted-date,check:syntax-error,check:syntax-missing',
          'java drifted includes/snippets/java/create-accessreviewscheduledefinition-java-snippets.md',
          'powershell drifted includes/snippets/powershell/create-accessreviewscheduledefinition-powershell-snippets.md',
          'cli invalid includes/snippets/cli/create-accessreviewscheduledefinition-cli-snippets.md check:cli-body-invalid-json',
        ],
        missing: 'javascript,php,python',
        schema: ['114:22 schema:value-coerced'],
      },
      {
        request: 'create_accessReviewScheduleDefinition_inactiveguests_M365',
        snippets: ['csharp drifted api/accessreviewset-post-definitions.md'],
        missing: 'go,java,javascript,php,powershell,python,cli',
        schema: ['327:22 schema:value-coerced'],
      },
      {
        request: 'create_accessReviewScheduleDefinition_allusers_M365_AADRole',
        snippets: ['csharp drifted api/accessreviewset-post-definitions.md'],
        missing: 'go,java,javascript,php,powershell,python,cli',
        schema: [],
      },
      {
        request: 'create_accessReviewScheduleDefinition_group_multiStage',
        snippets: ['csharp drifted api/accessreviewset-post-definitions.md', 'python invalid includes/snippets/python/create-accessreviewscheduledefinition-group-multistage-python-snippets.md check:python-undefined-name'],
        missing: 'go,java,javascript,php,powershell,cli',
        schema: ['796:22 schema:value-coerced'],
      },
      {
        request: 'create_accessReviewScheduleDefinition_insights',
        snippets: ['csharp drifted api/accessreviewset-post-definitions.md'],
        missing: 'go,java,javascript,php,powershell,python,cli',
        schema: ['1013:30 schema:value-coerced'],
      },
    ]);
    expect(report.orphaned).toEqual([]);
    expect(report.languages.map((l) => `${l.language} ${l.published} ${l.valid} ${l.drifted} ${l.missing}`)).toEqual([
      'csharp 5 5 5 1',
      'go 1 0 1 5',
      'java 1 1 1 5',
      'javascript 0 0 0 6',
      'php 0 0 0 6',
      'powershell 1 1 1 5',
      'python 2 0 2 4',
      'cli 1 0 1 5',
    ]);
    expect(auditExitCode(report, 'error')).toBe(1);
    expect(auditExitCode(report, 'never')).toBe(0);
  });

  test('the Go keyword findings are placed in the include file', () => {
    const go = report.requests[1]!.snippets.find((s) => s.language === 'go')!;
    expect(go.findings.filter((f) => f.ruleId === 'check:go-keyword-identifier').map((f) => `${f.line}:${f.column}`)).toEqual(['53:1', '54:18', '58:1', '59:1', '60:1', '60:16', '62:1', '63:21']);
  });

  test('github annotations and SARIF carry the same findings', () => {
    const lines = formatAuditGithub(report).trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.length);
    expect(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[^:]+::/.test(l))).toBe(true);
    const sarif = JSON.parse(formatAuditSarif(report));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results).toHaveLength(report.findings.length);
    const ids = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('check:go-keyword-identifier');
    expect(ids).toContain('audit:drifted-snippet');
  });
});

describe('unifiedDiff', () => {
  test('one hunk with context', () => {
    expect(unifiedDiff('a\nb\nc\nd\ne\nf\ng\nh\n', 'a\nb\nc\nD\ne\nf\ng\nh\n', 'old', 'new')).toBe(
      ['--- old', '+++ new', '@@ -1,7 +1,7 @@', ' a', ' b', ' c', '-d', '+D', ' e', ' f', ' g', ''].join('\n'),
    );
  });
  test('equal texts give no diff', () => {
    expect(unifiedDiff('x\n', 'x\n', 'a', 'b')).toBe('');
  });
});
