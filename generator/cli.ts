#!/usr/bin/env node
/**
 * The `snipgen` command line. The only place that prints or exits; the library does neither.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError, Option } from 'commander';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { formatMessage, report, severityOf } from './diagnostics/report.js';
import { findPages } from './pages.js';
import { processPage, type ApiVersion, type PageResult, type SchemaFor, type TypeOptions } from './pipeline.js';
import { modelFigures } from './schema/embedded/agreement.js';
import { buildEmbeddedSchemas, loadEmbeddedSchema } from './schema/embedded/index.js';
import { loadSdkSchemaSync, sdkCacheFile, SdkModelUnavailable } from './schema/embedded/sdk.js';
import { requestedModel } from './schema/default.js';
import { DEFAULT_PULL_TIMEOUT_MS, graphServiceRoot, pullSchema, SchemaPullError, type PullVersion } from './schema/pull.js';
import { RunSummary, table } from './summary.js';
import { batchLine } from './commands/batch.js';
import { formatCheckRun, runCheck } from './commands/check.js';
import { CHECK_LANGUAGES, isCheckLanguage } from './check/index.js';
import { defaultGenerateCacheDir, schemaKey } from './cache/cache.js';
import { generate, type Shard } from './commands/generate.js';
import { mergeReports, parseReport, reportJson } from './commands/merge.js';
import { writeFileAtomic } from './fs/atomic.js';
import { Progress } from './progress.js';
import { auditExitCode, formatAudit, runAudit, type AuditFormat } from './commands/audit.js';
import { injectDocs } from './commands/inject.js';
import { loadSchemas, MODELS_FILE } from './schema/load.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from './serve/server.js';
import { isLanguageId, LANGUAGE_IDS, type LanguageId } from './languages/index.js';
import { formatVerifyRun, runVerify } from './commands/verify.js';
import { VERIFY_TARGETS, VerifyUnavailable, type VerifyTarget } from './verify/index.js';

type FailOn = 'error' | 'warning' | 'never';
type Reporter = 'compact' | 'vfile';

interface CommonOptions {
  failOn: FailOn;
  reporter: Reporter;
  summary: boolean;
  quiet: boolean;
}

function printMessages(file: VFile, opts: CommonOptions): void {
  if (file.messages.length === 0) return;
  if (opts.reporter === 'vfile') {
    process.stderr.write(reporter([file], { quiet: true, silent: opts.quiet }) + '\n');
    return;
  }
  // one write per page: each write to a file or pipe is a system call
  let text = '';
  for (const m of file.messages) {
    if (opts.quiet && severityOf(m) !== 'error') continue;
    text += formatMessage(m) + '\n';
  }
  if (text !== '') process.stderr.write(text);
}

function exitCode(summary: RunSummary, failOn: FailOn): number {
  if (failOn === 'error') return summary.errors > 0 ? 1 : 0;
  if (failOn === 'warning') return summary.errors + summary.warnings > 0 ? 1 : 0;
  return 0;
}

/** Runs `each` over every page of the inputs, one at a time (bounded memory), and reports. */
async function forEachPage(
  inputs: string[],
  opts: CommonOptions,
  each: (result: PageResult) => void,
  schemaFor?: SchemaFor,
  typeOptions: TypeOptions = {},
): Promise<RunSummary> {
  const summary = new RunSummary();
  const { pages, missing } = await findPages(inputs);
  for (const m of missing) {
    const file = new VFile({ path: m });
    report(file, 'cli:input-not-found', `no such file or directory: ${m}`);
    summary.addPage(file, []);
    printMessages(file, opts);
  }
  for (const page of pages) {
    let result: PageResult;
    try {
      result = await processPage(page, schemaFor, typeOptions);
    } catch (error) {
      if ((error as Error).name === 'InternalError') throw error;
      const file = new VFile({ path: page });
      report(file, 'cli:page-unreadable', `cannot read page: ${(error as Error).message}`);
      summary.addPage(file, []);
      printMessages(file, opts);
      continue;
    }
    each(result);
    summary.addPage(result.file, result.requests);
    summary.addTyped(result.typed);
    printMessages(result.file, opts);
  }
  return summary;
}

function commonOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--fail-on <level>', 'exit 1 when a diagnostic of this level or worse is reported').choices(['error', 'warning', 'never']).default('never'))
    .addOption(new Option('--reporter <style>', 'diagnostics style on stderr').choices(['compact', 'vfile']).default('compact'))
    .option('--no-summary', 'do not print the summary table')
    .option('-q, --quiet', 'print errors only', false);
}

const program = new Command();
program
  .name('snipgen')
  .description('Typed Microsoft Graph SDK snippets from the HTTP request examples in API docs pages')
  .addOption(
    new Option('--model <kind>', 'the default model without --schema: sdk (read from the pinned Go SDK modules, fetched once into the cache; falls back to npm when they cannot be had) or npm (the npm SDK packages only); default: $SNIPGEN_MODEL, else sdk').choices(['sdk', 'npm']),
  )
  .hook('preAction', (command) => {
    const model = (command.opts() as { model?: string }).model;
    if (model !== undefined) process.env.SNIPGEN_MODEL = model;
  })
  .showHelpAfterError();

commonOptions(
  program
    .command('extract')
    .description('print every annotated request example of the pages as IR (diagnostics on stderr)')
    .argument('<inputs...>', 'markdown pages or folders (searched recursively for .md)')
    .option('--json', 'print the IR as JSON Lines, one request per line', false),
).action(async (inputs: string[], opts: CommonOptions & { json: boolean }) => {
  const summary = await forEachPage(inputs, opts, (result) => {
    for (const r of result.requests) {
      if (opts.json) process.stdout.write(JSON.stringify(r) + '\n');
      else process.stdout.write(`${r.file}:${r.place.line}:${r.place.column}\t${r.method} ${r.url.raw}\t${r.name}\n`);
    }
  });
  if (opts.summary) process.stderr.write('\n' + summary.format());
  process.exitCode = exitCode(summary, opts.failOn);
});

function parseLanguages(value: string): LanguageId[] {
  const ids = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const id of ids) {
    if (!isLanguageId(id)) throw new InvalidArgumentError(`unknown language '${id}' (known: ${LANGUAGE_IDS.join(', ')})`);
  }
  return ids as LanguageId[];
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`not a positive whole number: '${value}'`);
  return n;
}

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError(`not a shard i/n with 1 <= i <= n: '${value}'`);
  return { index, count };
}

const generateCommand = program.command('generate');
commonOptions(
  generateCommand
    .description('write one docs include file per request and language: <out>/<lang>/<name>-<lang>-snippets.md')
    .argument('[inputs...]', 'markdown pages or folders', ['specs'])
    .option('--out <dir>', 'output folder', 'output')
    .option('--lang <ids>', `languages, comma-separated (${LANGUAGE_IDS.join(',')})`, parseLanguages, [...LANGUAGE_IDS])
    .option('--schema <file>', 'a CSDL (.csdl/.xml) or saved schema (.json) for every request; default: the default v1.0/beta models (--model)')
    .option('--prune', 'remove include files in <out> that this run did not produce', false)
    .option('--jobs <n>', 'worker threads (1: none)', parseJobs, availableParallelism())
    .option('--no-cache', `process every page again (default: reuse the outcome of unchanged pages, cached in ${defaultGenerateCacheDir()})`)
    .option('--shard <i/n>', 'only the pages whose sorted index is i-1 modulo n (run the n shards on n machines; combine their --report files with snipgen merge)', parseShard)
    .option('--report <file>', 'write the run report as JSON (counts per language, diagnostics per rule, files written)')
    .option('--progress', 'show progress on stderr: a bar on a terminal, else a line every 5 s (the default)')
    .option('--no-progress', 'no progress lines')
    .option('--inject <docs-root>', "merge each request's tabs into its page's tab group and write its include files where the page looks for them (its existing references' folder, else <version>/includes/snippets/<lang>/); with an explicit --out, under <out>/<lang>/ instead")
    .option('--dry-run', 'with --inject: print a unified diff instead of writing', false),
).action(
  async (
    inputs: string[],
    opts: CommonOptions & { out: string; lang: LanguageId[]; schema?: string; prune: boolean; jobs: number; cache: boolean; shard?: Shard; report?: string; progress?: boolean; inject?: string; dryRun: boolean },
  ) => {
    if (opts.shard && opts.prune) {
      process.stderr.write('snipgen generate: --prune cannot be used with --shard (a shard would remove the files of the others)\n');
      process.exitCode = 2;
      return;
    }
    const progress = new Progress({
      tty: process.stderr.isTTY === true,
      write: (text) => (opts.progress !== false ? process.stderr.write(text) : undefined),
      label: 'pages',
      columns: process.stderr.columns ?? 80,
    });
    const schemas = await loadSchemas(opts.schema);
    if (schemas.file !== null) printMessages(schemas.file, opts);
    if (opts.inject !== undefined) {
      const explicitOut = generateCommand.getOptionValueSource('out') === 'cli';
      const injected = await injectDocs(opts.inject, { schemaFor: schemas.schemaFor, languages: opts.lang, dryRun: opts.dryRun, ...(explicitOut ? { includesDir: opts.out } : {}) });
      for (const c of injected.changes) process.stdout.write(opts.dryRun ? c.diff : `${c.outcome} ${c.file}\n`);
      for (const s of injected.skipped) process.stderr.write(`${s.page}:${s.line}: info request '${s.name}': its tabs are left as they are (${s.reason}) [audit:inject-skipped]\n`);
      for (const c of injected.conflicts) process.stderr.write(`${c.page}:${c.line}: warning request '${c.name}' has another snippet than ${c.owner}, whose include file ${c.file} it shares; the file keeps the first [audit:misattributed-include]\n`);
      if (opts.report !== undefined) {
        const json = {
          written: injected.changes.map((c) => ({ file: c.file, outcome: opts.dryRun ? `would be ${c.outcome}` : c.outcome })),
          skipped: injected.skipped,
          conflicts: injected.conflicts,
        };
        await writeFileAtomic(opts.report, JSON.stringify(json, null, 2) + '\n');
      }
      return;
    }
    const summary = new RunSummary();
    const result = await generate(
      {
        inputs,
        out: opts.out,
        languages: opts.lang,
        schemaFor: schemas.schemaFor,
        prune: opts.prune,
        jobs: opts.jobs,
        ...(opts.schema !== undefined ? { schemaPath: opts.schema } : {}),
        cache: opts.cache ? { dir: defaultGenerateCacheDir(), schemaKey: schemaKey(schemas.sources, opts.schema) } : null,
        ...(opts.shard ? { shard: opts.shard } : {}),
        onProgress: (done, total) => progress.update(done, total),
      },
      (page) => {
        summary.addPage(page.file, page.requests);
        if (page.file.messages.length > 0) progress.clear();
        printMessages(page.file, opts);
      },
    );
    progress.clear();
    for (const m of result.missing) {
      const file = new VFile({ path: m });
      report(file, 'cli:input-not-found', `no such file or directory: ${m}`);
      summary.addPage(file, []);
      printMessages(file, opts);
    }
    if (opts.report !== undefined) {
      const json = {
        ...reportJson({
          shard: opts.shard,
          pages: summary.pages,
          requests: summary.requests,
          perLanguage: result.perLanguage,
          byRule: summary.byRule,
          writes: result.writes,
          removed: result.removed.length,
          written: result.files,
        }),
        /** the models the run typed with (`sdk:…`, `embedded:…`, `csdl:…`) */
        schema: schemas.sources,
      };
      await writeFileAtomic(opts.report, JSON.stringify(json, null, 2) + '\n');
    }
    // a whole folder's job records the models it was typed with (the output/ sync test types with the same)
    if (opts.prune && !opts.shard) await writeFileAtomic(path.join(opts.out, MODELS_FILE), schemas.sources.join('\n') + '\n');
    if (opts.summary) {
      const rows = [['language', 'snippets', 'not rendered']];
      for (const [language, counts] of result.perLanguage) rows.push([language, String(counts.rendered), String(counts.notRendered)]);
      process.stderr.write('\n' + summary.format() + '\n' + table(rows) + '\n');
      process.stderr.write(`\nfiles: ${result.writes.created} created, ${result.writes.updated} updated, ${result.writes.unchanged} unchanged, ${result.removed.length} removed\n`);
      const cached = result.cache ? `, ${result.cache.hits} of ${result.pages} pages from the cache` : '';
      const shard = opts.shard ? `shard ${opts.shard.index}/${opts.shard.count}, ` : '';
      process.stderr.write(`time: ${progress.elapsed()} s (${shard}${opts.jobs} job${opts.jobs === 1 ? '' : 's'}${cached})\n`);
    }
    process.exitCode = exitCode(summary, opts.failOn);
  },
);

program
  .command('merge')
  .description('combine the --report files of the shards of one generate run into the report of the whole run (JSON on stdout)')
  .argument('<reports...>', 'report files written by snipgen generate --report')
  .option('--no-summary', 'do not print the summary table')
  .action(async (files: string[], opts: { summary: boolean }) => {
    const reports = [];
    for (const name of files) {
      let text: string;
      try {
        text = await readFile(name, 'utf8');
      } catch (error) {
        process.stderr.write(`snipgen merge: cannot read ${name}: ${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const parsed = parseReport(text, name);
      if (!parsed.ok) {
        process.stderr.write(`snipgen merge: ${parsed.problem}\n`);
        process.exitCode = 2;
        return;
      }
      reports.push(parsed.report);
    }
    const merged = mergeReports(reports);
    process.stdout.write(JSON.stringify(merged.report, null, 2) + '\n');
    for (const problem of merged.problems) process.stderr.write(`snipgen merge: ${problem}\n`);
    if (opts.summary) {
      const r = merged.report;
      const rows = [['language', 'snippets', 'not rendered'], ...Object.entries(r.languages).map(([l, c]) => [l, String(c.rendered), String(c.notRendered)])];
      const rules = [['rule', 'severity', 'count'], ...Object.entries(r.diagnostics).map(([id, d]) => [id, d.severity, String(d.count)])];
      process.stderr.write(`\npages: ${r.pages}, requests: ${r.requests}\n\n${table(rows)}\n\n${table(rules)}\n`);
      process.stderr.write(`\nfiles: ${r.files.created} created, ${r.files.updated} updated, ${r.files.unchanged} unchanged, ${r.files.removed} removed\n`);
    }
    process.exitCode = merged.problems.length > 0 ? 1 : 0;
  });

program
  .command('batch')
  .description('JSON Lines in on stdin ({"id","http","apiVersion"}), JSON Lines out ({"id","language","code","diagnostics"})')
  .option('--lang <ids>', `languages, comma-separated (${LANGUAGE_IDS.join(',')})`, parseLanguages, [...LANGUAGE_IDS])
  .option('--schema <file>', 'a CSDL (.csdl/.xml) or saved schema (.json); default: the default v1.0/beta models (--model)')
  .action(async (opts: { lang: LanguageId[]; schema?: string }) => {
    const schemas = await loadSchemas(opts.schema);
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber += 1;
      for (const out of batchLine(line, lineNumber, opts.lang, schemas.schemaFor)) process.stdout.write(JSON.stringify(out) + '\n');
    }
  });

commonOptions(
  program
    .command('ir')
    .description('print the typed IR of every request of the pages (path, operation and body typed against the schema)')
    .argument('<inputs...>', 'markdown pages or folders (searched recursively for .md)')
    .option('--json', 'print the typed IR as JSON Lines, one request per line', false)
    .option('--schema <file>', 'a CSDL (.csdl/.xml) or saved schema (.json) for every request; default: the default v1.0/beta models (--model)')
    .addOption(new Option('--api-version <version>', 'the version of URLs that name none (default: the page folder /v1.0/ or /beta/, else v1.0)').choices(['v1.0', 'beta'])),
).action(async (inputs: string[], opts: CommonOptions & { json: boolean; schema?: string; apiVersion?: ApiVersion }) => {
  const schemas = await loadSchemas(opts.schema);
  if (schemas.file !== null) printMessages(schemas.file, opts);
  const typeOptions: TypeOptions = opts.apiVersion ? { apiVersion: opts.apiVersion } : {};
  const summary = await forEachPage(
    inputs,
    opts,
    (result) => {
      for (const t of result.typed) {
        if (opts.json) {
          process.stdout.write(JSON.stringify(t) + '\n');
          continue;
        }
        const outcome = !t.resolved ? `unresolved (${t.reasons[0]?.ruleId ?? ''})` : t.restsOnInference ? 'resolved, rests on inference' : 'resolved';
        process.stdout.write(`${t.file}:${t.place.line}:${t.place.column}\t${t.method} ${t.apiVersion ?? ''}\t${t.operation}\t${outcome}\t${t.name}\n`);
      }
    },
    schemas.schemaFor,
    typeOptions,
  );
  if (opts.summary) process.stderr.write(`\nschema: ${schemas.sources.join(', ')}\n` + summary.format());
  process.exitCode = exitCode(summary, opts.failOn);
});

const schemaCommand = program.command('schema').description('get or build the schemas requests are typed with');

function parseTimeout(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`not a positive number of milliseconds: '${value}'`);
  return n;
}

schemaCommand
  .command('pull')
  .description("download a service's $metadata (CSDL) into a file usable with --schema")
  .addOption(new Option('--version <version>', 'the Graph API version').choices(['v1.0', 'beta']).default('v1.0'))
  .option('--out <file>', 'where to write the CSDL (default: graph-<version>.csdl)')
  .option('--url <service root>', 'the service root to read <root>/$metadata from (default: the Graph service root of the version)')
  .option('--timeout <ms>', 'give up after this many milliseconds', parseTimeout, DEFAULT_PULL_TIMEOUT_MS)
  .action(async (opts: { version: PullVersion; out?: string; url?: string; timeout: number }) => {
    try {
      const result = await pullSchema({
        serviceRoot: opts.url ?? graphServiceRoot(opts.version),
        out: opts.out ?? `graph-${opts.version}.csdl`,
        timeoutMs: opts.timeout,
      });
      process.stderr.write(`${result.url} → ${result.file} (${result.bytes} bytes, sha256 ${result.sha256})\n`);
    } catch (error) {
      if (!(error instanceof SchemaPullError)) throw error;
      process.stderr.write(`snipgen schema pull: ${error.message}\n`);
      process.exitCode = 1;
    }
  });

schemaCommand
  .command('build')
  .description('build the default schemas (v1.0 and beta) into the cache and print their figures: the npm-only models, and the complete ones from the pinned Go SDK modules (fetched with `go mod download`) unless --model npm')
  .option('--cache-dir <dir>', 'cache directory (default: $SNIPGEN_CACHE_DIR, $XDG_CACHE_HOME/snipgen or ~/.cache/snipgen)')
  .action(async (opts: { cacheDir?: string }) => {
    const options = opts.cacheDir ? { cacheDir: opts.cacheDir } : {};
    const reports = buildEmbeddedSchemas(options);
    const figures = [];
    // columns: the npm-only models (`v1.0`, `beta`), then the complete ones (`v1.0 sdk`, `beta sdk`)
    for (const r of reports) figures.push({ report: r as { version: string; file: string; milliseconds: number }, figures: modelFigures(await loadEmbeddedSchema(r.version, options)) });
    if (requestedModel() === 'sdk') {
      for (const version of ['v1.0', 'beta'] as const) {
        const started = performance.now();
        try {
          const model = loadSdkSchemaSync(version, { ...options, rebuild: true });
          figures.push({ report: { version: `${version} sdk`, file: sdkCacheFile(version, options), milliseconds: performance.now() - started }, figures: modelFigures(model) });
        } catch (error) {
          if (!(error instanceof SdkModelUnavailable)) throw error;
          process.stderr.write(`snipgen schema build: the complete ${version} model could not be built: ${error.message}\n`);
          process.exitCode = 1;
        }
      }
    }
    const names = Object.keys(figures[0]?.figures ?? {});
    const rows = [['figure', ...figures.map((f) => f.report.version)]];
    for (const name of names) rows.push([name, ...figures.map((f) => String(f.figures[name] ?? 0))]);
    rows.push(['build ms', ...figures.map((f) => String(Math.round(f.report.milliseconds)))]);
    process.stdout.write(table(rows) + '\n\n');
    for (const f of figures) process.stdout.write(`${f.report.version}: ${f.report.file}\n`);
  });

program
  .command('audit')
  .description('judge the snippets a docs tree publishes: invalid, drifted, missing, orphaned, misattributed, request vs schema')
  .argument('<docs-root>', 'the docs folder (pages and includes/snippets/<lang>/)')
  .option('--schema <file>', 'a CSDL or saved schema for every request; default: the default v1.0/beta models (--model)')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github', 'sarif']).default('text'))
  .addOption(new Option('--fail-on <level>', 'exit 1 when a finding of this level or worse is reported').choices(['error', 'warning', 'never']).default('error'))
  .action(async (root: string, opts: { schema?: string; format: AuditFormat; failOn: 'error' | 'warning' | 'never' }) => {
    const schemas = await loadSchemas(opts.schema);
    const audited = await runAudit(root, { schemaFor: schemas.schemaFor });
    process.stdout.write(formatAudit(audited, opts.format));
    process.exitCode = auditExitCode(audited, opts.failOn);
  });

program
  .command('check')
  .description('check snippets with the language grammars and lint rules: include files (<language>/<name>.md), bare snippets (.cs .go .java .js .php .ps1 .py .sh), or docs pages (their snippets are generated first)')
  .argument('<inputs...>', 'files or folders (searched recursively)')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .option('--lang <languages...>', `only these languages (${CHECK_LANGUAGES.join(', ')})`)
  .option('--schema <file>', 'for docs pages: a CSDL or saved schema to type their requests with; default: the default v1.0/beta models (--model)')
  .option('--jobs <n>', 'worker threads (1: none)', parseJobs, availableParallelism())
  .action(async (inputs: string[], opts: { format: 'text' | 'json'; lang?: string[]; schema?: string; jobs: number }) => {
    const unknown = (opts.lang ?? []).filter((l) => !isCheckLanguage(l));
    if (unknown.length > 0) {
      process.stderr.write(`snipgen check: unknown language: ${unknown.join(', ')} (one of ${CHECK_LANGUAGES.join(', ')})\n`);
      process.exitCode = 2;
      return;
    }
    const run = await runCheck(inputs, { ...(opts.lang ? { languages: opts.lang.filter(isCheckLanguage) } : {}), ...(opts.schema !== undefined ? { schemaPath: opts.schema } : {}), jobs: opts.jobs });
    if (opts.format === 'json') process.stdout.write(JSON.stringify(run, null, 2) + '\n');
    else {
      for (const line of formatCheckRun(run)) process.stdout.write(line + '\n');
      const rows = run.languages.map((r) => [r.language, String(r.checked), String(r.valid), String(r.invalid)]);
      process.stdout.write('\n' + table([['language', 'checked', 'valid', 'invalid'], ...rows]) + '\n');
    }
    process.exitCode = run.ok ? 0 : 1;
  });

program
  .command('verify')
  .description('compile and type-check snippets against the real SDKs (pinned; prepared once in the cache): include files (<language>/<name>.md) or bare snippets (.py .java .go .js)')
  .argument('<inputs...>', 'files or folders (searched recursively)')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .option('--sdk <languages>', `only these languages, comma-separated (${VERIFY_TARGETS.join(', ')}; PowerShell and the CLI are judged by the oracles, not compiled)`)
  .option('--oracles <dir>', 'the oracles of C# (SDK signatures), PHP (SDK source), PowerShell (cmdlet lists) and the CLI (mgc command tree); default: ../shared/oracles beside the checkout, or $SNIPGEN_ORACLES')
  .option('--known-failures <file>', 'allowlist of snippets expected to fail (one path a line, # comments); failures outside it and entries that compile fail the run')
  .addOption(new Option('--api <version>', 'only snippets for this API version (Python, Java, Go; the others are skipped); default both').choices(['v1.0', 'beta']))
  .option('--run', 'also run the compiled snippets (Python, JavaScript, Java) against a local capturing server and compare each request sent with the docs example')
  .option('--run-go', 'with --run: also run the Go snippets (builds msgraph-sdk-go: many minutes the first time; the benchmark runs it, CI does not)')
  .option('--pages <paths>', 'with --run: docs pages (files or folders, comma-separated) whose requests the include files are matched with by name')
  .option('--schema <file>', 'with --run: the CSDL or saved schema the pages are typed with (default: the embedded models)')
  .option('--known-differences <file>', 'with --run: allowlist of snippets known not to send their documented request (same format as --known-failures, enforced both ways)')
  .action(async (inputs: string[], opts: { format: 'text' | 'json'; sdk?: string; knownFailures?: string; oracles?: string; api?: 'v1.0' | 'beta'; run?: boolean; runGo?: boolean; pages?: string; schema?: string; knownDifferences?: string }) => {
    const languages = opts.sdk?.split(',').map((l) => l.trim());
    const unknown = (languages ?? []).filter((l) => !(VERIFY_TARGETS as readonly string[]).includes(l));
    if (unknown.length > 0) {
      process.stderr.write(`snipgen verify: unknown SDK: ${unknown.join(', ')} (one of ${VERIFY_TARGETS.join(', ')})\n`);
      process.exitCode = 2;
      return;
    }
    try {
      const run = await runVerify(inputs, {
        ...(languages ? { languages: languages as VerifyTarget[] } : {}),
        ...(opts.oracles ? { oraclesDir: opts.oracles } : {}),
        ...(opts.knownFailures ? { knownFailures: opts.knownFailures } : {}),
        ...(opts.api ? { apis: [opts.api] } : {}),
        ...(opts.run ? { run: true } : {}),
        ...(opts.run && opts.runGo ? { runGo: true } : {}),
        ...(opts.pages ? { pages: opts.pages.split(',') } : {}),
        ...(opts.schema ? { schema: opts.schema } : {}),
        ...(opts.knownDifferences ? { meaningKnown: opts.knownDifferences } : {}),
        onLanguage: (language, count, api) => process.stderr.write(`snipgen verify: ${language}${api ? ` ${api}` : ''}: ${count} snippets\n`),
      });
      if (opts.format === 'json') process.stdout.write(JSON.stringify(run, null, 2) + '\n');
      else for (const line of formatVerifyRun(run)) process.stdout.write(line + '\n');
      process.exitCode = run.ok ? 0 : 1;
    } catch (error) {
      if (!(error instanceof VerifyUnavailable)) throw error;
      process.stderr.write(`snipgen verify: ${error.message}\n`);
      process.exitCode = 2;
    }
  });

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`not a port number (0-65535): '${value}'`);
  return n;
}

program
  .command('serve')
  .description('a local playground: type a request (or paste a docs page) and see its snippets in every language, checked, with diagnostics')
  .option('--port <n>', 'port to listen on (0: any free port)', parsePort, DEFAULT_PORT)
  .option('--host <address>', 'address to bind; the playground is for this machine, so keep 127.0.0.1 unless you mean to share it', DEFAULT_HOST)
  .option('--schema <file>', 'a CSDL (.csdl/.xml) or saved schema (.json) for every request; default: the default v1.0/beta models (--model)')
  .action(async (opts: { port: number; host: string; schema?: string }) => {
    const schemas = await loadSchemas(opts.schema);
    for (const m of schemas.file?.messages ?? []) process.stderr.write(formatMessage(m) + '\n');
    try {
      const running = await startServer({ port: opts.port, host: opts.host, schemaFor: schemas.schemaFor });
      process.stderr.write(`snipgen playground on ${running.url} (schema: ${schemas.sources.join(', ')}; Ctrl+C to stop)\n`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EADDRNOTAVAIL' && code !== 'EACCES') throw error;
      process.stderr.write(`snipgen serve: cannot listen on ${opts.host}:${opts.port}: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`snipgen: internal error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
});
